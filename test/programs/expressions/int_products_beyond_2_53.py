# Products of ints below 2**53 that leave 2**53, and + - * // % on ints of three and more
# digits with exact int operands: every result is compared with its decimal form and printed.
import random

random.seed(5)
vals = [0, 1, -1, 2**53 - 1, -(2**53 - 1), 2**53, 2**30, 2**30 - 1, -2**30, 2**60 + 7,
        -(2**61) + 3, 12345, 1103515245, 2147483648, 10, -10, 3, 2**90 + 1, -(2**100),
        2**45 - 1, 2**45, 32767, 32768, -(2**52) - 12345]
for _ in range(60):
    bits = random.randint(1, 70)
    vals.append(random.randint(-2**bits, 2**bits))

checksum = 0
for x in vals:
    for y in vals[:40]:
        for r in (x * y, x + y, x - y):
            checksum = (checksum * 31 + r) % (2**61 - 1)
        if y:
            checksum = (checksum * 31 + x % y + 7 * (x // y)) % (2**61 - 1)
        p = x
        p *= y
        assert p == int(str(x * y)), (x, y)
print(checksum)

print((2**53 - 1) * (2**53 - 1), -(2**53 - 1) * 1103515245, (2**45) * (2**45), 2**30 * -(2**30))
state = 12345
for _ in range(1000):
    state = (state * 1103515245 + 12345) % 2147483648
print(state)
big = 2**70 + 9
print(big % 10, big // 10, -big % 10, -big // 10, big % -7, big // -7, big % 2147483648)
for op in ("big % 0", "big // 0"):
    try:
        eval(op)
    except ZeroDivisionError as e:
        print(op, e)
