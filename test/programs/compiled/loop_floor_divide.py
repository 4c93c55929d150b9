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
