# StopIteration from next() on exhausted iterators, and next's default.
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(it, "default"), next(iter(""), None))
d = iter({"a": 1})
print(next(d), next(d, "end"))
r = iter(range(1))
print(next(r), next(r, -1))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
