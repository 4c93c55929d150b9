# `//` and `%` of ints of two digits in compiled loops: the results (ints beyond the small
# ones) take blocks of their exact size, as CPython's long division gives them, from the
# pools that the blocks of other such ints went back to; values at the digit boundaries.
import sys


def quotients_and_remainders(n, base, out):
    for i in range(n):
        x = base + i
        out.append(x // 10)
        out.append(x % 1000000007)


def values(n, base):
    out = []
    quotients_and_remainders(n, base, out)
    return out


# Warm the loop (its compiled text), then check the values against what they must be.
values(3000, 2 ** 40)
for base in (2 ** 30 - 50, 2 ** 40, 2 ** 53 - 300, -(2 ** 40), -(2 ** 30) - 7):
    got = values(200, base)
    want = []
    for i in range(200):
        want.append((base + i) // 10)
        want.append((base + i) % 1000000007)
    print(base, got == want, got[:2], got[-2:])

# Blocks: ints of two digits made elsewhere (int() of a str: the exact size), every other one
# freed (their pools keep blocks in use, so none is given back), then the loop's results:
# they take the freed blocks back, newest first.
made = [int(str(2 ** 41 + k)) for k in range(800)]
kept = made[0::2]
victims = made[1::2]
addresses = set(id(v) for v in victims)
del made, victims
out = []
before = sys.getallocatedblocks()
quotients_and_remainders(150, 2 ** 42, out)
print("blocks:", sys.getallocatedblocks() - before)
print("reused:", sum(id(v) in addresses for v in out))
