# FOR_ITER over ranges in compiled loops: the common shape (int32 start, step 1) is stepped in
# the text, every other shape by the runtime; the ints made (cached small ones, one and two
# digits, negative) and the ends must be CPython's, and no reference may be lost.
import sys


def walk(r):
    total = 0
    count = 0
    last = None
    for i in r:
        total += i
        count += 1
        last = i
    return total, count, last


cases = [
    range(300), range(0), range(-300, 300), range(250, 270), range(-10, -5),
    range(2 ** 31 - 100, 2 ** 31 + 100), range(-(2 ** 31) - 50, -(2 ** 31) + 50),
    range(2 ** 30 - 20, 2 ** 30 + 20), range(2 ** 62, 2 ** 62 + 150),
    range(0, 600, 3), range(300, 0, -1), range(-5, 500, 7), range(10, 10), range(5, 1),
]
for r in cases:
    print(r, walk(r))


def nested(n):
    # A range made for each outer item, as in `for _ in range(length)`.
    out = 0
    for i in range(n):
        for j in range(i % 5):
            out += j * i
        for k in range(i, i + 3):
            out -= k
    return out


print(nested(2000))
it = iter(range(1000, 1400))
for x in it:
    if x == 1200:
        break
print(next(it), list(it)[-3:])
big = 10 ** 6
print(sum(range(big, big + 500)), [sys.getrefcount(v) for v in [i for i in range(big, big + 3)]])
