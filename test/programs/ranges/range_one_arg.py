# range(stop) with one argument: one-digit ints (positive, zero, negative, the largest and
# smallest one-digit values), bigger ints, bools, int subclasses and __index__ objects, the
# attributes and their identity, iteration, length, and the errors; then iter() over ranges
# whose bounds are one digit or more.
import sys

for n in (0, 1, 3, -4, 256, 257, 2**30 - 1, -(2**30 - 1), 2**30, -(2**30), 2**62, -(2**70)):
    r = range(n)
    print(n, len(r), r.start, r.step, r.stop == n, r.stop is n, list(r[:3]), r[-1] if len(r) else None)

big = 10**6 + 7
print(range(big).stop is big, type(range(big).stop).__name__)
print(range(True), range(False), type(range(True).stop).__name__)


class I(int):
    pass


class Idx:
    def __index__(self):
        return 4


print(range(I(5)), type(range(I(5)).stop).__name__, range(Idx()), list(range(Idx())))
for bad in (2.0, "3", None):
    try:
        range(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    range(stop=3)
except TypeError as e:
    print("TypeError:", e)

# The length object: small ints are shared, others are new objects.
print(sys.getrefcount(range(5)) >= 1, len(range(300)), range(300)[299])

total = 0
for n in range(50):
    for i in range(n % 7):
        total += i
print(total)
for r in (range(3), range(-2, 5), range(10, -10, -3), range(2**30 - 2, 2**30 + 2), range(0, 2**31, 2**30),
          range(-(2**31), -(2**31) + 3), range(2**62, 2**62 + 2), range(5, 5)):
    it = iter(r)
    print(r, list(it), list(it), len(r))
