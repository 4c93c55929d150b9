# range(n) called with one argument, which CALL makes directly for a one-digit exact int:
# the object's fields, reference counts of the argument and of range itself, and the
# arguments it leaves to the general path (bool, int subclass, __index__, big ints, errors).
import sys

n = 300 + len(sys.argv)
before = sys.getrefcount(n), sys.getrefcount(range)
rs = [range(n) for _ in range(3)]
print(rs[0], len(rs[0]), rs[0].start, rs[0].step, rs[0].stop is n, sys.getrefcount(n) - before[0])
print(sys.getrefcount(range) - before[1])
del rs
print(sys.getrefcount(n) - before[0])

for stop in (0, 1, -1, -2**30 + 1, 2**30 - 1, 2**30, -2**30, 2**70, True, False):
    r = range(stop)
    print(type(stop).__name__, r, r.stop - r.start if stop > 0 else 0, list(r[:3]))

class I(int):
    pass

class Idx:
    def __index__(self):
        return 4

print(range(I(5)), type(range(I(5)).stop).__name__, range(Idx()), list(range(Idx())))
for bad in (2.5, "3", None):
    try:
        range(bad)
    except TypeError as e:
        print(type(e).__name__, e)
total = 0
for k in range(2000):
    for _ in range(k % 5):
        total += 1
print(total)
