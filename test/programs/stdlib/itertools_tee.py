import itertools
a, b = itertools.tee(range(5))
print(list(a), list(b))
a, b, c = itertools.tee('abc', 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(itertools.tee([1], 0))
x, y = itertools.tee(iter(range(300)))
print(sum(x), len(list(y)))
p, q = itertools.tee(range(100))
for _ in range(60):
    next(p)
print(next(p), next(q))
r = p.__copy__()
print(next(p), next(r))
print(type(p).__name__)
u, v = itertools.tee(p)
print(u is p, next(u), next(v))
try:
    itertools.tee([], -1)
except ValueError as e:
    print("ValueError:", e)
