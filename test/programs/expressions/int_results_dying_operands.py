# Int results the eval loop computes itself (one and two digits) where an operand dies with
# the instruction: a temporary, the local the result replaces, a range item replacing the
# loop variable. Every other holder of the old value must still see it; the results have
# their exact sizes and values.
import sys

SMALL = list(range(-5, 257))


def show(label, r):
    print(label, r, sys.getsizeof(r), (r is SMALL[r + 5]) if -5 <= r <= 256 else "-")


n = 1000
alias = n
n += 1                      # the local is shared: a new int
print(alias, n)
n >>= 1                     # the local alone: its block may take the result
n = 3 * n + 1               # the product's temporary dies in the addition
show("n", n)
n *= n                      # a is b, and the local
show("n*n", n)
n = n * 2**20 + 5           # two digits, then beyond 2**53
show("big", n)
n = n * n - 1               # beyond 2**53: a new int of four digits
show("huge", n)
n = n // 2**40
show("back", n)
n = (n * 31 + 7) % 1000000007
show("mod", n)

keep = []
for i in range(1000, 1006):  # each item replaces the last; one is kept
    if i == 1003:
        keep.append(i)
print(keep, i)
holder = {"x": 0}
for j in range(300, 303):
    holder["x"] = j          # the dict holds the old item when the next arrives
print(holder, j)

x = 2**30 - 1
for step in range(4):
    x += 1                   # across the one-digit boundary and back
    show("x", x)
    x -= 2
    show("x", x)
y = -(2**30) + 1
y -= 1
show("y", y)
y //= 3
show("y//3", y)
y %= 1000
show("y%1000", y)
z = 12345678
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, -5), (-1000, 7), (2**29 + 3, -2**29)]:
    print(a // b, a % b, a >> 3, a << 3, a >> 40, a << 53, (a * 1000) // b, (a * 1000) % b)
for bad in [lambda: z // 0, lambda: z % 0, lambda: z >> -1, lambda: z << -1, lambda: (z * z) % 0]:
    try:
        bad()
    except (ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
t = 300
u = t                        # the same object under two names, both released later
t = t * t * t * t * t        # temporaries replace temporaries
show("t", t)
print(u, t % 997, t // 2**40, -t // 2**40, (t - 1) % -65537)
w = 5000
w = w + w                    # a is b, the local replaced
show("w", w)
print(w << 40, (w << 40) >> 35, -w >> 2, (w * 4096) // -3, (-w * 4096) % 99991)
