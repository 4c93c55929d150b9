# range objects: len, membership, index, count, equality, repr.
r = range(2, 20, 3)
print(r, len(r), list(r), 5 in r, 6 in r, 20 in r, r.index(11), r.count(8), r.count(9))
print(range(5) == range(0, 5), range(0) == range(5, 2), range(1, 10, 3) == range(1, 11, 3), range(2) == [0, 1])
print(repr(range(0, -10, -2)), list(range(0, -10, -2)), len(range(0, -10, -2)), -4 in range(0, -10, -2))
print(bool(range(0)), bool(range(1)), range(3)[-1], max(range(0, 100, 7)))
print(1.0 in range(3), 2.5 in range(3), "x" in range(3), True in range(2))
try:
    r.index(4)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[3]
except IndexError as e:
    print("IndexError:", e)
