# The interpreter's inline arithmetic on exact ints and floats, at its edges: one and two
# 30-bit digits, 2**53, negative operands of % // >> <<, in-place forms, float // and % with
# signed zeros, infinities and NaN, mixed int and float operands.
import sys

edges = [0, 1, -1, 5, -5, 255, 256, 257, -6, 2**30 - 1, 2**30, -(2**30), 2**30 + 1,
         2**53 - 1, 2**53, -(2**53) + 1, 2**60, 3**40, -(3**33)]
small = [1, -1, 2, -2, 3, -7, 31, -31, 1000000007, 2**30 - 1, -(2**30 - 1)]

for a in edges:
    row = []
    for b in small:
        row.append((a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ b))
    print(a, row)

for a in (0, 1, -1, 7, -7, 12345, -12345, 2**29, -(2**29), 2**30 - 1):
    print(a, [(a >> n, a << n) for n in (0, 1, 2, 5, 22, 23, 29, 30, 31, 32, 52, 53, 54, 64)])
    try:
        a >> -1
    except ValueError as e:
        print("ValueError", e)
    try:
        a << -1
    except ValueError as e:
        print("ValueError", e)



def divide_by_zero(values, zero):
    for a in values:
        for op in ("//", "%", "/"):
            try:
                eval(f"a {op} zero")
            except ZeroDivisionError as e:
                print(op, "ZeroDivisionError", e)


divide_by_zero((7, -7, 2**40 + 3, -(2**40) - 3), 0)

x = 10
x += 5; x -= 20; x *= -3; x //= 4; x %= 7; x <<= 3; x >>= 1; x &= 0xff; x |= 0x100; x ^= 0x3
print("in place", x)
n = 2**30 - 1
n += 1; print(n, type(n)); n *= 2**23; print(n); n += 1; print(n); n -= 2**53; print(n)

floats = [0.0, -0.0, 1.0, -1.0, 2.5, -2.5, 1e300, -1e-300, 5e-324, 0.1, 7.0, -7.0,
          float("inf"), float("-inf"), float("nan"), 3, -3, 2**52 + 1]
for a in floats:
    row = []
    for b in floats:
        if b == 0:
            continue
        q = a // b
        r = a % b
        row.append((repr(q), repr(r)))
    print(repr(a), row)
divide_by_zero((1.5, -1.5, 0.0, -0.0, float("inf")), 0.0)

y = 2.0
y += 1; y -= 0.5; y *= 3; y /= 4; y //= 0.5; y %= 4.0; y **= 1.5
print("float in place", repr(y))
print(repr(3 / 7), repr(-(2**53 - 1) / 3), repr(2**52 / 2**30), repr(1 / -(2**30)))
print(repr(1.5 + 2**30), repr(2**53 - 1 + 0.5), repr(2.0 * -(2**40)), repr(7 - 0.25))

# Floats freed and made again reuse blocks: the count of blocks in use does not grow.
before = sys.getallocatedblocks()
acc = 0.0
for i in range(20000):
    acc = acc * 0.5 + i * 1.5
after = sys.getallocatedblocks()
print(repr(acc), after - before <= 2)
