# d[key] = value for an exact str key a combined table lacks, inserted after one lookup: order,
# growth through several resizes, equal keys that are other objects, reference counts of keys
# and values, the empty dict's first store, split tables, str subclass keys, GENERAL tables,
# GC tracking of the values, and a dict subclass.
import gc
import sys

def build(words):
    d = {}
    for i, w in enumerate(words):
        d[w] = i
    return d

words = ("w%d" % i for i in range(200))
d = build(list(words))
print(len(d), list(d)[:3], list(d)[-2:], d["w0"], d["w199"], sys.getsizeof(d) == sys.getsizeof(dict(d)))

# Keys made again (equal, not identical): replaced, never inserted twice.
again = "w1 w2 w3".split()
for w in again:
    d[w] = -1
print(len(d), [d["w%d" % i] for i in range(5)])

key = "".join(["fresh", "key"])
value = object()
kr, vr = sys.getrefcount(key), sys.getrefcount(value)
e = {"a": 1}
e[key] = value
print(sys.getrefcount(key) - kr, sys.getrefcount(value) - vr)
e[key] = 2
print(sys.getrefcount(key) - kr, sys.getrefcount(value) - vr)
del e[key]
print(sys.getrefcount(key) - kr, sys.getrefcount(value) - vr, e)

class S(str):
    pass

g = {"x": 1}
g[S("y")] = 2
g["z"] = 3
print(sorted(g.items()), [type(k).__name__ for k in g])

mixed = {1: "one"}
mixed["two"] = 2
print(mixed)

class C:
    pass

c = C()
c.__dict__["attr"] = 5
c.__dict__["other"] = 6
print(c.attr, c.other, vars(c))

t = {"n": 0}
print(gc.is_tracked(t))
t["list"] = []
print(gc.is_tracked(t))

class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        dict.__setitem__(self, k, v)

s = D()
s["a"] = 1
s["b"] = 2
print(s)
