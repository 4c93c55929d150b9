# Releasing lists, dicts and sets whose items are mostly exact ints (freed on the spot), mixed
# with int subclasses, shared ints and objects with __del__: release order, refcounts, memory.
import sys
import tracemalloc


class Loud(int):
    def __del__(self):
        print("del", int(self))


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del obj", self.n)


shared = 10 ** 30
r0 = sys.getrefcount(shared)
items = [shared, Loud(1), 10 ** 25, Obj(2), -(10 ** 20), Loud(3), shared, 7]
lst = list(items)
del items
print(sys.getrefcount(shared) - r0)
print("drop list")
del lst
print(sys.getrefcount(shared) - r0)

d = {10 ** 20 + i: (Loud(i) if i % 3 == 0 else 10 ** 21 + i) for i in range(7)}
d[shared] = shared
print(sys.getrefcount(shared) - r0)
print("drop dict")
del d
print(sys.getrefcount(shared) - r0)

s = {Loud(5), 10 ** 22, shared, Loud(6), -5 - 10 ** 19}
print(sys.getrefcount(shared) - r0)
print("drop set")
del s
print(sys.getrefcount(shared) - r0)

tracemalloc.start()
base = tracemalloc.get_traced_memory()[0]
for rep in range(3):
    a = [i * 1000003 for i in range(2000)]
    b = {i * 1000003: i * 7919 for i in range(2000)}
    c = {i * 1000003 for i in range(2000)}
    print(len(a), len(b), len(c), tracemalloc.get_traced_memory()[0] > base)
    del a, b, c
# (a few hundred bytes of the loop itself stay traced; 2,000 leaked ints would be 64 kB)
print(tracemalloc.get_traced_memory()[0] - base < 4096)
tracemalloc.stop()
