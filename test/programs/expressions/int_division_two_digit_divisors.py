# // % and divmod of ints of up to seven digits by divisors around 2**30 .. 2**38 (one digit,
# or two with a small top digit, which divide digit by digit), both signs, checked against
# q * b + r == a and 0 <= r < |b| (with b's sign) and printed as a digest.
state = 987654321


def next_value(bits):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state >> (64 - bits) if bits <= 64 else (state << (bits - 64)) + next_value(bits - 64)


divisors = [1, 3, 10, 2**22, 2**22 + 1, 2**30 - 1, 2**30, 2**30 + 1, 2**31, 10**10, 2**37 - 1, 2**37,
            2**37 + 1, 2**38 - 5]
for _ in range(20):
    divisors.append(next_value(31 + len(divisors) % 8))
digest = 0
bad = 0
for b in divisors:
    for bits in (20, 31, 45, 60, 61, 89, 90, 120, 200):
        for _ in range(6):
            a = next_value(bits)
            for x, y in ((a, b), (-a, b), (a, -b), (-a, -b)):
                q, r = x // y, x % y
                if (q, r) != divmod(x, y) or q * y + r != x or not (0 <= r < y or y < r <= 0):
                    bad += 1
                    print("bad", x, y, q, r)
                digest = (digest * 1000003 + q * 7 + r) % (2**61 - 1)
    print(b, digest)
print("bad", bad)
x = 2**90 - 1
x //= 2**31 + 7
print(x)
x %= 10**10
print(x, -x % (2**37 - 1), (-(2**89)) // (2**36 + 3), (2**89) % -(2**36 + 3))
