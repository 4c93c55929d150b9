# x % 2**k for k up to 36 (the divisors int's remainder takes from the low bits) on ints of
# one to four digits and beyond, both signs, next to divisors that are not powers of two.
values = [
    0, 1, 7, 2**30 - 1, 2**30, 2**30 + 7, 2**31 - 1, 2**31, 2**36 + 5, 2**37 - 3,
    2**45 + 12345, 2**61 + 999, 2**64 - 1, 3 * 2**90 + 77, 1103515245 * 1905486841 + 12345,
    2**200 + 2**100 + 3,
]
divisors = [1, 2, 4, 1024, 2**29, 2**30, 2**31, 2**32, 2**35, 2**36, 2**37, 2**38,
            3 * 2**30, 10, 2**31 - 1, 2**31 + 1]
for v in values:
    row = []
    for sv in (v, -v):
        for m in divisors:
            for sm in (m, -m):
                r = sv % sm
                assert r == sv - (sv // sm) * sm, (sv, sm)
                row.append(r)
    print(v.bit_length(), sum((i + 1) * r for i, r in enumerate(row)) % 1000000007, row[:4], row[-4:])

# The linear congruential generator of the benchmarks: a three-digit product reduced by 2**31.
state = 12345
seen = []
for _ in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    seen.append(state % 4)
print(state, sum(seen))
