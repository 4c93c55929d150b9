# & | ^ >> << where an operand has two digits (2**30 up to 2**53) in either sign: Python's
# infinite two's complement, shifts by 0 to 60 and past them, results crossing 2**53.
import sys

edges = [0, 1, 5, 255, 2**30 - 1, 2**30, 2**31 + 7, 2**32 - 1, 2**32, 2**32 + 1, 0xDEADBEEF12,
         2**52 + 3, 2**53 - 1, 2**53, 2**60 + 9]
values = edges + [-v for v in edges if v]


def digest(rows):
    acc = 0
    for r in rows:
        acc = (acc * 1000003 + r) % (2**61 - 1)
    return acc


rows = []
for a in values:
    for b in values:
        rows += [a & b, a | b, a ^ b]
print(len(rows), digest(rows))
print([(2**40 + 5) & -2**33, -(2**40) | 12345, (2**45 - 1) ^ -(2**31)])
shifts = []
for a in values:
    for n in (0, 1, 7, 22, 23, 30, 31, 32, 33, 52, 53, 54, 60, 100, 2**31):
        shifts.append(a >> n)
        if n <= 60:
            shifts.append(a << n)
print(len(shifts), digest(shifts))
print([2**40 >> 3, -(2**40) >> 41, -(2**40 + 1) >> 100, (2**35 + 3) << 17, (2**35 + 3) << 18, -(2**33) << 20])
x = 2**32 + 12345
for _ in range(5):
    x ^= (x << 13) & 0xFFFFFFFFFFFF
    x ^= x >> 7
    x &= 0xFFFFFFFFFFFF
    print(x, sys.getsizeof(x))
for bad in (lambda: 2**40 >> -1, lambda: 2**40 << -1):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
