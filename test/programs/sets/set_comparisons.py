# Subset and superset comparisons are partial orders.
a, b, c = {1, 2}, {1, 2, 3}, {4}
print(a < b, a <= b, b > a, b >= a, a < a, a <= a, a == {2, 1}, a != b)
print(a < c, a > c, a == c, a.issubset(b), b.issuperset(a), a.issubset([1, 2]))
print(set() < a, set() <= set(), {1} == frozenset([1]), frozenset([1]) < {1, 2})
print(sorted([{1, 2}, {1}, {0}], key=len))
