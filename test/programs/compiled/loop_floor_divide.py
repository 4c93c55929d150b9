# Floor division and remainder of ints of one and two digits in a compiled loop, at the edges
# of the exact double range: the quotient rounded by a division of doubles can be one too
# large there, and the signs of the operands decide the floor.
import sys

edges = [0, 1, -1, 7, -7, 2 ** 30 - 1, 2 ** 30, -(2 ** 30), 2 ** 31 + 5, 2 ** 52 - 1, 2 ** 52, 2 ** 52 + 1,
         -(2 ** 52) - 1, 2 ** 53 - 1, -(2 ** 53) + 1, 2 ** 53 - 3, 10 ** 15 + 7, -(10 ** 15) - 9]
divisors = [1, -1, 2, -2, 3, -3, 7, 10, -10, 2 ** 30 - 1, 2 ** 30 + 1, -(2 ** 30) - 3, 2 ** 40 + 13, 2 ** 52 + 3, -(2 ** 53) + 5]


def table(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            q = x // y
            r = x % y
            out.append((q, r, q * y + r == x, sys.getsizeof(q)))
    return out


rows = table(edges, divisors)
print(len(rows), all(ok for _, _, ok, _ in rows))
for row in rows[::7]:
    print(row)
try:
    table([5, 2 ** 40], [3, 0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def digits(n):
    # The decimal digits of n by repeated // and %, as dict_str's make_text takes them.
    out = []
    while n:
        out.append(n % 10)
        n //= 10
    return out


print(digits(2 ** 52 + 12345), digits(2147483647), sum(sum(digits(k * 1103515245)) for k in range(300)))


def by_constants(xs):
    # Constant divisors and shifts, written out in the text for one-digit ints: every sign of x
    # and of the constant, zero, and the one-digit edges.
    out = []
    for x in xs:
        out.append((x % 2, x % 7, x % -3, x % -10, x % 1, x % -1, x // 10, x // -4, x // 1, x >> 0, x >> 3, x >> 40))
    return out


def by_more_constants(xs):
    # Floor division by a power of two (a shift in the text), by other constants of both signs
    # (the truncated quotient corrected by the remainder's sign), and by the one-digit edges.
    out = []
    for x in xs:
        out.append((x // 2, x // 8, x // 536870912, x // 7, x // -1, x // -7, x // 1073741823, x // -1073741823))
    return out


small = [0, 1, -1, 2, -2, 3, -3, 6, -6, 7, -7, 9, -9, 10, -10, 11, -11, 99, -99, 2 ** 29, -(2 ** 29),
         2 ** 30 - 1, -(2 ** 30) + 1, 2 ** 30, -(2 ** 30), 123456789, -123456789]
rows = by_constants(small * 20)
print(rows[:27] == rows[27:54], len(rows))
for row in rows[:27]:
    print(row)
more = by_more_constants(small * 20)
print(more[:27] == more[27:54], len(more))
for row in more[:27]:
    print(row)
