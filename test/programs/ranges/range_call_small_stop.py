# range(n) called with one argument, which CALL makes directly for a one-digit exact int (see
# range_one_arg.py for the values and errors): the references of the argument and of range
# itself that the call's stack held, a stop object shared by the ranges, a bool, and ranges
# made and dropped in a loop.
import sys

n = 300 + len(sys.argv)
before = sys.getrefcount(n), sys.getrefcount(range)
rs = [range(n) for _ in range(3)]
print(rs[0], len(rs[0]), rs[0].stop is n, rs[1].stop is rs[2].stop, sys.getrefcount(n) - before[0])
print(sys.getrefcount(range) - before[1])
del rs
print(sys.getrefcount(n) - before[0])
t = True
print(range(t), type(range(t).stop).__name__, sys.getrefcount(range) - before[1])

total = 0
for k in range(2000):
    for _ in range(k % 5 - 1):
        total += 1
print(total)
