# Sums and differences of ints of up to three digits (int's sum path in locals), carries
# across every digit boundary, both signs, results of one to four digits.
edges = [0, 1, 2**30 - 1, 2**30, 2**53, 2**60 - 1, 2**60, 2**60 + 2**30 - 1, 2**90 - 1, 2**89 + 12345]
values = edges + [-v for v in edges]
for x in values:
    row = []
    for y in values:
        s = x + y
        d = x - y
        assert s - y == x and d + y == x, (x, y)
        row.append(s)
        row.append(d)
    print(x.bit_length(), sum((i + 1) * r for i, r in enumerate(row)) % 1000000007, row[:3])

# A three-digit sum beyond four digits' worth of carries, and the generator's step.
big = 2**90 - 1
print(big + big, -big - big, big + 1, -big - 1, (big + 1) - 1, big + 1 - big)
state = 12345
for _ in range(1000):
    state = (state * 1103515245 + 12345) % 2147483648
print(state)
