# + - * & | ^ of ints below 2**30 in magnitude (one 30-bit digit), both signs, and products
# on both sides of 2**53; the in-place forms too.
edges = [0, 1, -1, 2, -2, 7, -7, 255, 256, -256, 257, 1000, -1000, 65535, -65536,
         2**29, -(2**29), 2**30 - 1, -(2**30 - 1), 94906265, -94906266, 123456789]
for x in edges:
    row = []
    for y in edges:
        row.append((x + y, x - y, x * y, x & y, x | y, x ^ y))
    print(x, row[3], row[12], row[-1], row[-3])
total = 0
for x in edges:
    for y in edges:
        p = x
        p *= y
        q = x
        q &= y
        q |= 7
        q ^= -3
        total += p + q
print(total)
print((2**30 - 1) * (2**30 - 1), -(2**30 - 1) * (2**30 - 1), 94906265 * 94906265, 94906266 * 94906266)
print(type(5 * 0), -5 * 0, 0 * -5, (-3) & (-5), (-3) | 4, (-3) ^ 4)
