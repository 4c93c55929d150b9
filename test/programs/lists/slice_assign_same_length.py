# Slice assignment of a list or tuple of the slice's own length (items swapped in one pass
# when no replaced item can die), and the cases that must take the general path.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "while list is", [x if isinstance(x, int) else "D" for x in globals().get("lst", [])])


perm = list(range(9))
for k in (8, 3, 1, 5, 0):
    perm[:k + 1] = perm[k::-1]
    print(perm)
perm[2:5] = (40, 30, 20)
perm[-3:] = [7, 8, 9]
perm[7:100] = [1, 2]
perm[100:200] = []
print(perm)

big = [10 ** 20 + i for i in range(4)]
refs = [sys.getrefcount(b) for b in big]
a = list(big)
a[1:3] = a[2:0:-1]
print(a == [big[0], big[2], big[1], big[3]], [sys.getrefcount(b) - r for b, r in zip(big, refs)])
a[:] = tuple(reversed(a))
print([sys.getrefcount(b) - r for b, r in zip(big, refs)])
a[0:2] = a[0:2]
a[:] = a
print(a == [big[3], big[1], big[2], big[0]], [sys.getrefcount(b) - r for b, r in zip(big, refs)])

# Replaced items whose last reference is the list: they die after the list is consistent.
lst = [D(1), D(2), 3, 4]
lst[0:2] = [5, 6]
lst = [1, 2, 3]
x = object()
y = [x, x]
x_refs = sys.getrefcount(x)
y[0:2] = [None, None]
print(sys.getrefcount(x) - x_refs)
z = [D(11)] * 2
z[:] = [1, 2]
print(z)
lst = [D(7), D(8)]
lst[:] = (D(9), D(10))
print("replaced")
lst[:] = lst[::-1]
print([d.n for d in lst])
del lst


class L(list):
    pass


m = [1, 2, 3]
m[0:3] = L([4, 5, 6])
print(m)
m[1:2] = iter([7])
print(m)
try:
    m[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
print(m)
