# + - * // % across the 2**30, 2**52, 2**53, 2**60 and 2**90 boundaries, both signs: the
# double paths, the digit paths they fall back to, result sizes and the small-int cache.
import sys

SMALL = list(range(-5, 257))
edges = [0, 1, 7, 10, 2**30 - 1, 2**30, 2**31, 1103515245, 2**52 - 1, 2**52, 2**52 + 1,
         2**53 - 1, 2**53, 2**53 + 1, 2**60 - 1, 2**60, 2**61 + 12345, 2**90 - 1, 3 * 2**61]
values = edges + [-v for v in edges if v]


def check(r):
    # A result in the small-int range is the cached object; every result has its exact size.
    small = -5 <= r <= 256
    return (r, sys.getsizeof(r), (r is SMALL[r + 5]) if small else -1)


def digest(row):
    acc = 0
    for r, size, cached in row:
        acc = (acc * 1000003 + r * 31 + size * 7 + cached) % (2**61 - 1)
    return acc


for a in values:
    row = []
    for b in values:
        row.append(check(a + b))
        row.append(check(a - b))
        row.append(check(a * b))
        if b:
            row.append(check(a // b))
            row.append(check(a % b))
            q, m = divmod(a, b)
            row.append((q * b + m - a, int(q == a // b and m == a % b), 0))
    print(a, digest(row), row[:6])

# In-place forms and a loop: the sequence of a linear congruential generator.
state = 12345
seen = []
for _ in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    s = state
    digits = 0
    while s:
        digits += s % 10
        s //= 10
    seen.append(digits)
print(state, sum(seen), seen[:10])

x = -(2**61 + 12345)
x %= 2**31
print(x, sys.getsizeof(x))
x = 2**61 + 12345
x //= -(2**31)
print(x, sys.getsizeof(x))
x = -(2**52)
x //= -7
print(x, x % 10, -x % 10, (-x) // -10)
print(-(2**60), sys.getsizeof(-(2**60)), -(-(2**60)), sys.getsizeof(2**90 - 1), sys.getsizeof(-(2**90 - 1)))
print((2**53 - 1) // 3, (2**53 - 1) % 3, -(2**53 - 1) // 3, -(2**53 - 1) % 3, (2**53 - 1) % -(2**52 + 1))
twelve_thousand = 12345
five = 5
multiplier = 1103515245
wide = 2**61 + five
print((2**31 * multiplier + twelve_thousand) % 2147483648 is twelve_thousand, wide % 2**31 is five)
