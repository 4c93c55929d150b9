# x % c and x & c by constants whose results are always cached small ints (-5 to 256), in
# compiled loops, for every kind of x: small and large, negative, two-digit, bools and floats;
# the results are CPython's and are the cached objects (`is` holds against a fresh small int).
def remainders(values):
    out = []
    for x in values:
        out.append((x % 1, x % 2, x % 13, x % 256, x % 257, x % -1, x % -5, x % -6))
    return out


def masks(values):
    out = []
    for x in values:
        out.append((x & 0, x & 1, x & 255, x & 256))
    return out


def cached(values):
    same = 0
    for x in values:
        r = x % 257
        if r is int(str(r)):
            same += 1
        m = x & 255
        if m is int(str(m)):
            same += 1
    return same


values = list(range(-300, 300, 7)) + [2 ** 30 - 1, -(2 ** 30), 2 ** 31 + 5, -(2 ** 40) - 3, 10 ** 20, True, False]
for row in remainders(values * 3)[-len(values):]:
    print(row)
for row in masks(values * 3)[-len(values):]:
    print(row)
print(cached(values * 5))
print(remainders([7.5, -2.25] * 60)[-2:])
