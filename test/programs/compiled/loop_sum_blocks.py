# `+`, `-` and `*` of ints of up to two digits in compiled loops: CPython gives each result the
# block its long arithmetic asks for (a digit more than the larger operand for a sum, both
# operands' digits for a product), larger than the value needs; those blocks come from the
# pools that other ints of that size went back to.
import sys


def sums(n, base, step, out):
    for i in range(n):
        x = base + i
        out.append(x + step)
        out.append(x - step)


def products(n, base, out):
    for i in range(n):
        out.append((base + i) * 1000)


def reused(make, *args):
    # Ints of three digits made elsewhere (int() of a str: the exact size, 36 bytes), every
    # other one freed (their pools keep blocks in use), then the loop's results.
    made = [int(str(2 ** 61 + k)) for k in range(600)]
    kept = made[0::2]
    victims = made[1::2]
    addresses = set(id(v) for v in victims)
    del made, victims
    out = []
    before = sys.getallocatedblocks()
    make(*args, out)
    blocks = sys.getallocatedblocks() - before
    return blocks, sum(id(v) in addresses for v in out), len(out)


# Warm the loops (their compiled texts), then the values.
sums(3000, 2 ** 40, 2 ** 41, [])
products(3000, 2 ** 31, [])
for base, step in ((2 ** 30 - 40, 2 ** 30), (2 ** 40, 2 ** 41), (-(2 ** 45), 3), (2 ** 52, 2 ** 40)):
    got = []
    sums(100, base, step, got)
    want = []
    for i in range(100):
        want.append(base + i + step)
        want.append(base + i - step)
    print(base, step, got == want, got[:2])
got = []
products(100, 2 ** 31, got)
print(got == [(2 ** 31 + i) * 1000 for i in range(100)], got[-1])

# (Each measured a second time: the first call of a function through `f(*args, out)` has
# allocations of its own, which are not what this test is about.)
reused(sums, 100, 2 ** 40, 2 ** 41)
print("sums:", reused(sums, 100, 2 ** 40, 2 ** 41))
reused(products, 100, 2 ** 31)
print("products:", reused(products, 100, 2 ** 31))
