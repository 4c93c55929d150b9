# Loops and functions compiled while their locals hold one kind of number, then run with
# others: floats first then ints (small, two-digit, past 2**53), ints first then floats and
# bools. Every operator and comparison gives CPython's result and size whatever the text
# expected when it was made.
import sys

OPS = ["+", "-", "*", "/", "//", "%", "**"]


def arith(pairs):
    out = []
    for a, b in pairs:
        s = a + b
        d = a - b
        p = a * b
        q = a / b
        f = a // b
        m = a % b
        w = a ** 2
        c = (a < b, a <= b, a == b, a != b, a > b, a >= b)
        out.append((s, d, p, q, f, m, w, c, sys.getsizeof(s), sys.getsizeof(p), sys.getsizeof(w)))
    return out


floats_then_ints = [(1.5, 0.25)] * 20 + [(7, 3), (-7, 3), (2 ** 31, 5), (2 ** 60 + 1, -3), (True, 2), (3, 2.0), (0.5, 2)]
ints_then_floats = [(9, 4)] * 20 + [(1.5, 0.5), (-2.5, 1.25), (True, False or 1), (2 ** 40, 2.0), (10 ** 20, 7), (5, 2)]
for row in arith(floats_then_ints)[18:]:
    print(row)
for row in arith(ints_then_floats)[18:]:
    print(row)


def axpy(a, x, y, n):
    # Called first with floats: its text is made for them.
    total = y
    for i in range(n):
        total = a * x + total
        total = total - x / 2
    return total


for args in [(0.5, 1.25, 2.0, 50)] * 3 + [(3, 4, 5, 50), (2 ** 29, 3, -1, 50), (1.5, 2, 7, 50), (True, 1, 0, 50)]:
    r = axpy(*args)
    print(type(r).__name__, r, sys.getsizeof(r))


def scale(values, k):
    # A list of ints, then floats, then a mix, by the same compiled loop.
    out = []
    for v in values:
        out.append(v * k - v % 3)
    return out[-3:]


print(scale(list(range(100)), 3))
print(scale([x / 4 for x in range(100)], 3))
print(scale([x if x % 2 else x / 2 for x in range(100)], 2.5))
print(scale([2 ** 62 + x for x in range(100)], -7))


def grow(n, step):
    # Compiled while `total` and `step` are ints of one digit: the text has no two-digit path
    # for them, and the ints past 2**30 and 2**53 go through the calls.
    total = 0
    sizes = []
    for i in range(n):
        total = total + step * i
        total = total - (total // 7) % 5
        if i % 40 == 0:
            sizes.append(sys.getsizeof(total))
    return total, sizes


print(grow(200, 3))
print(grow(200, 2 ** 29))
print(grow(200, 2 ** 45))
