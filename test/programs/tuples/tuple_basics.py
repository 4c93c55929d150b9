# Tuples: construction, indexing, methods, concatenation, comparison.
t = (1, "two", 3.0, [4], 1)
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.index(1), t.index(1, 1), t.count(1))
print((), (1,), (1), tuple(), 1, type((1,)).__name__, type((1)).__name__)
print((1, 2) + (3,), (1,) * 3, (0,) * 0, (1, 2) < (1, 3), (1, 2) == (1, 2.0), (1,) < (1, 0))
t[3].append(5)
print(t)
a, b = (1, 2)
print(a, b, 2 in (1, 2), sum((1, 2, 3)), max((4, 9)), sorted((3, 1, 2)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t.index("missing")
except ValueError as e:
    print("ValueError:", e)
