# Hash rules for builtin keys: equal numbers share a hash and a dict slot; tuples hash by content.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20) == hash(10 ** 20 % (2 ** 61 - 1)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)), hash(()) == hash(()))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(0.5), hash(1.5), hash(-0.5))
print(hash(float("inf")), hash(float("-inf")), hash(complex(1, 0)) == hash(1))
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid.get((3, 3)), (2, 2) in grid, len(grid))
for unhashable in ([1], {"a": 1}, {1}, ([1], 2)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
s = {1, 1.0, True, 2, 2.0}
print(sorted(s), len(s), {0: "a", False: "b", 0.0: "c"})
print(hash(None) == hash(None), hash(NotImplemented) == hash(NotImplemented), hash(Ellipsis) == hash(...))
