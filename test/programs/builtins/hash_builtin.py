# hash of numbers is deterministic; equal values hash equal across types.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)))
print(hash(10 ** 30), hash(1.0) == hash(1), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0))
print(hash(True), hash(False), hash(2 + 0j) == hash(2), hash(1e100) == hash(int(1e100)))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(()) == hash(()))
print(hash("abc") == hash("ab" + "c"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(b"xy") == hash(b"x" + b"y"), hash(None) == hash(None), type(hash("s")).__name__)
for unhashable in ([], {}, set(), ([1],)):
    try:
        hash(unhashable)
    except TypeError as e:
        print("TypeError:", e)
print(hash(float("inf")), hash(float("-inf")), hash(range(3)) == hash(range(0, 3)))
