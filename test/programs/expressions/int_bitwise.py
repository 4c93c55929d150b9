# &, |, ^, ~ follow two's complement semantics with infinite sign extension.
vals = [0, 1, -1, 6, -6, 0xF0F0, -(2 ** 70), 2 ** 70 + 12345]
for a in vals[:4]:
    for b in vals:
        print(a, b, a & b, a | b, a ^ b)
print([~v for v in vals])
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print(~0, ~~5, -~5, ~-5)
print(6 & 3 | 8 ^ 1, 6 & (3 | 8) ^ 1)
x = 0xFF
x &= 0x0F
x |= 0x100
x ^= 0x101
print(x, hex(x))
