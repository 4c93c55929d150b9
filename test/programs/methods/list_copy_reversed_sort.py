# list.copy, __reversed__, and stable sort with key and reverse
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [3, 1, 2]
b = a.copy()
b.append(9)
print(a, b, a.copy() is a)
r = a.__reversed__()
print(type(r).__name__, list(r))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (2, "c")]
print(sorted(pairs, key=lambda t: t[0]))
print(sorted(pairs, key=lambda t: t[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
show(lambda: sorted([3, 1, 2], key=None))
show(lambda: sorted([1, 2], lambda x: x))
show(lambda: sorted())
show(lambda: sorted([1, "a"]))
show(lambda: sorted([1, 2], reverse=1.5))
show(lambda: sorted([1, 2], reverse=None))
show(lambda: [3, 1].sort(key=len))
show(lambda: [1, 2].sort(1))
show(lambda: sorted("bca", reverse=True))
show(lambda: [1, 2, 3].index(2, -1))
show(lambda: [1, 2, 3].index(2, 0, 1))
show(lambda: [].pop())
show(lambda: [1].pop(5))
