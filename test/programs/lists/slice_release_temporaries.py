# Slices whose list, bounds or source die with the instruction: a list made for the slice
# only, bounds that are not cached small ints, and a temporary source list whose replaced
# items it takes away with it (their counts go back; a replaced item that dies runs __del__).
import sys

n = 1000
a = list(range(20))
print(list(range(12))[::-1], list(range(12))[n - 997:n - 990], a[n - 995:n - 985:n - 997])
lo, hi = n - 998, n - 994
print(a[lo:hi], a[hi:lo:-1])
big = n * 7
kept = [big, big + 1, big + 2]
before = sys.getrefcount(big)
b = [0, 1, 2, 3, 4]
b[:3] = [big, big + 1, big + 2]
print(b, sys.getrefcount(big) - before)
b[:3] = b[2::-1]
print(b, sys.getrefcount(big) - before)
b[:3] = [7, 8, 9]
print(b, sys.getrefcount(big) - before)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __repr__(self):
        return self.name


c = [Noisy("x"), Noisy("y"), 3]
k = 1
c[:k + 1] = c[k::-1]
print(c)
c[:k + 1] = [Noisy("p"), Noisy("q")]
print("after store", c)
