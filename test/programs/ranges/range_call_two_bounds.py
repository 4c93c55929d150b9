# range(a, b) with two arguments, which CALL makes directly when both are one-digit exact
# ints: the references of the arguments and of range itself that the call's stack held, the
# bounds kept as the very objects given, the length, empty and reversed bounds, and the
# arguments that take the general path (a bool, a two-digit int, a float, too many).
import sys

a = 1000 + len(sys.argv)
b = 3000 + len(sys.argv)
before = sys.getrefcount(a), sys.getrefcount(b), sys.getrefcount(range)
rs = [range(a, b) for _ in range(3)]
print(rs[0], len(rs[0]), rs[0].start is a, rs[0].stop is b, rs[0].step)
print(sys.getrefcount(a) - before[0], sys.getrefcount(b) - before[1], sys.getrefcount(range) - before[2])
del rs
print(sys.getrefcount(a) - before[0], sys.getrefcount(b) - before[1])

for lo, hi in [(0, 0), (5, 2), (-7, -3), (-3, -7), (-5, 5), (2 ** 30 - 2, 2 ** 30 - 1), (-(2 ** 30) + 1, 2 ** 30 - 1)]:
    r = range(lo, hi)
    print(lo, hi, len(r), list(r[:4]), r[-1] if r else None, r.start == lo, r.stop == hi)

for args in [(True, 3), (1, 2 ** 30), (-(2 ** 30), 1), (2 ** 40, 2 ** 40 + 2)]:
    r = range(*args)
    print(r, len(r), type(r.start).__name__)

for bad in [(1.5, 3), (1, "x"), (None, 2)]:
    try:
        range(*bad)
    except TypeError as e:
        print("TypeError:", e)

total = 0
for k in range(2000):
    for j in range(k % 7, 5):
        total += j
print(total)
