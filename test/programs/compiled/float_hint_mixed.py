# A float accumulator (its hint: float) with values of no hint, some of them ints, in compiled
# loops: + - * of a float and a one-digit int as CPython's (the int converted exactly), and
# ints past one digit, bools and other types by the general paths.
import sys


def area(i):
    if i % 3 == 0:
        return i % 7 - 3
    if i % 3 == 1:
        return (i % 11) * 0.5
    return -(i % 5)


def accumulate(n, extra):
    total = 0.0
    product = 1.0
    diff = 0.0
    for i in range(n):
        a = area(i)
        total += a
        diff = diff - a
        product = product * (a if a else 1)
        if product > 1e200 or product < -1e200:
            product = 1.0
    for e in extra:
        total += e
        diff = e - diff
        product = product * e
    return total, diff, product, type(total).__name__, sys.getsizeof(total)


print(accumulate(1000, []))
print(accumulate(300, [2 ** 30 - 1, -(2 ** 30), 2 ** 40, 10 ** 20, True, False, 0.25]))
print(accumulate(300, [-0.0, 0, -1]))
try:
    print(accumulate(300, ["x"]))
except TypeError as e:
    print("TypeError:", e)
