# Union, intersection, difference, symmetric difference (results printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference([1], (2,))), sorted(a.symmetric_difference("")))
c = set(a)
c |= {10}
c &= {1, 10, 4}
c -= {4}
c ^= {1, 7}
print(sorted(c))
print(a.isdisjoint({9}), a.isdisjoint(b), len(a | b), 3 in a & b)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
