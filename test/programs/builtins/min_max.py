# min and max with several arguments, an iterable, key and default.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, -7, 3], key=abs), min(["aaa", "b", "cc"], key=len))
print(max([], default="empty"), min((), default=None), max([2], default=0))
print(max([(1, "b"), (1, "a"), (0, "z")]), min(range(5, 10)))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([0, False]), min([False, 0]))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}, key=lambda k: -ord(k)))
print(max("apple", "pear", key=len), max(["x", "yy", "zz"], key=len))
for args in ((), ([],)):
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    min(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
