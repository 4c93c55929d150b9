# SET_ADD and MAP_ADD hand the stack's references to the set or dict: refcounts, iteration
# order, replaced values, and the errors of unhashable keys and of raising __hash__/__eq__.
import sys

big = [10 ** 20 + i for i in range(6)]
before = [sys.getrefcount(b) for b in big]
s = {b for b in big}
print([sys.getrefcount(b) - r for b, r in zip(big, before)])
d = {b: b for b in big}
print([sys.getrefcount(b) - r for b, r in zip(big, before)])
dup = {b: i for i in range(3) for b in big}
print([sys.getrefcount(b) - r for b, r in zip(big, before)], list(dup.values()))
del s, d, dup
print([sys.getrefcount(b) - r for b, r in zip(big, before)])

# Order and sizes as CPython's: ints, negative ints, replaced values, many keys.
print(list({i % 7 - 3: i for i in range(30)}.items()))
print(list({-i for i in range(20)}), list({i * 7919 % 101 for i in range(300)})[:20])
inverse = {v: k for k, v in {i: i % 97 for i in range(5000)}.items()}
print(len(inverse), list(inverse.items())[:5], sys.getsizeof(inverse))
residues = {s % 1009 for s in [i * i for i in range(10000)]}
print(len(residues), sys.getsizeof(residues), list(residues)[:10])
strs = {str(i): i for i in range(50)}
print(list(strs)[:5], sys.getsizeof(strs))

# Unhashable keys: the key (and value) popped from the stack are released.
probe = [1, 2]
r0 = sys.getrefcount(probe)
for make in (lambda: {x for x in [1, probe]}, lambda: {x: 1 for x in [1, probe]},
             lambda: {1: x for x in [probe, [3]]}):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(sys.getrefcount(probe) - r0)
val = object()
v0 = sys.getrefcount(val)
try:
    {k: val for k in [1, 2, {}]}
except TypeError as e:
    print("TypeError:", e, sys.getrefcount(val) - v0)


class BadHash:
    def __hash__(self):
        raise ValueError("no hash")


class BadEq:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 1

    def __eq__(self, other):
        if self.n == 1:
            raise KeyError("eq raised")
        return self is other


b = BadHash()
b0 = sys.getrefcount(b)
for make in (lambda: {x for x in [1, b]}, lambda: {x: 0 for x in [1, b]}):
    try:
        make()
    except ValueError as e:
        print("ValueError:", e)
print(sys.getrefcount(b) - b0)
items = [BadEq(1), BadEq(2)]
e0 = [sys.getrefcount(x) for x in items]
for make in (lambda: {x for x in items}, lambda: {x: x for x in items}):
    try:
        make()
    except KeyError as e:
        print("KeyError:", e)
print([sys.getrefcount(x) - r for x, r in zip(items, e0)])
print(len({BadEq(3) for _ in range(3)}), len({BadEq(3): 0 for _ in range(3)}))
