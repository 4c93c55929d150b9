# List comprehensions over different iterables.
print([x * x for x in range(10)])
print([c.upper() for c in "hello"])
print([k for k in {"b": 1, "a": 2}])
print([v for v in (3, 1, 2)])
print([(i, s) for i, s in enumerate("ab")])
print([f(3) for f in (abs, str, float)])
print([[] for _ in range(3)], [None for _ in ()])
words = ["alpha", "beta", "gamma"]
print([len(w) for w in words], [w[::-1] for w in words])
n = 5
print([n * i for i in range(n)])
