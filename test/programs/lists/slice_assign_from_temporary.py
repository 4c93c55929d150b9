# `l[a:b] = <new list>`: a source list that only the assignment holds gives its items to l and
# takes the replaced ones; a source held elsewhere is copied and stays as it was.
import sys


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n, "list:", [x if isinstance(x, int) else "D%d" % x.n for x in lst])


big = [10 ** 20 + i for i in range(6)]
refs = [sys.getrefcount(b) for b in big]
a = list(big)
a[1:4] = a[3:0:-1]           # the slice read is a temporary
a[:2] = [a[1], a[0]]         # a list display too
print([big.index(x) for x in a])
print([sys.getrefcount(b) - r for b, r in zip(big, refs)])
src = a[4:6]
a[0:2] = src                 # held by `src`: copied
print(src == [big[4], big[5]], a[:2] == src, [sys.getrefcount(b) - r for b, r in zip(big, refs)])
del src
a[-2:] = a[-2:][::-1]
a[5:99] = [a[5]]             # clipped to one item
a[9:12] = []                 # beyond the end: nothing replaced
print([big.index(x) for x in a], [sys.getrefcount(b) - r for b, r in zip(big, refs)])
del a
print([sys.getrefcount(b) - r for b, r in zip(big, refs)])

# Replaced items that die go when the source does, last first, the list already whole.
lst = [D(1), D(2), D(3), 4]
lst[0:3] = [7, 8, 9]
print("after", lst)
lst = [D(5), D(6)]
lst[:] = [D(10), D(11)][::-1]
print("after", [d.n for d in lst])
lst[0:1] = [lst[1]]
print("after", [d.n for d in lst])
lst[:] = [0, 0, 0]           # another length: the general path
print("after", lst)
