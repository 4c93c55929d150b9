# weakref.proxy forwards everything to its referent until the referent dies.
import weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, other):
        return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
    def __radd__(self, other):
        return "radd %r" % (other,)
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __iter__(self):
        return iter(self.xs)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __repr__(self):
        return "Vec%r" % (tuple(self.xs),)
    def __call__(self, n):
        return self.xs[n]

v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(type(p).__name__, weakref.proxy(v) is p, weakref.getweakrefcount(v))
print(p.xs, len(p), p[1], list(p), 2 in p, str(p), p(0))
print(p + Vec(1, 1, 1), p * 2, -p, 5 + p, p == v, p == Vec(1, 2, 3), bool(p))
p[0] = 10
p.extra = "set through proxy"
print(v.xs, v.extra, p.extra, p.__class__.__name__)
del p.extra
print(hasattr(v, "extra"))
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
nums = [3, 1, 2]
class L(list):
    pass
lp = weakref.proxy(L(nums))
try:
    lp.sort()
except ReferenceError as e:
    print("ReferenceError:", e)
class Num:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
    def __int__(self): return self.n
    def __float__(self): return float(self.n)
n = Num(7)
np = weakref.proxy(n)
print(int(np), float(np), [0, 1, 2, 3, 4, 5, 6, 7][np], hex(np))
cp = weakref.proxy(Vec.__repr__)
print(type(cp).__name__, cp(v))
del v
for op in (lambda: p.xs, lambda: len(p), lambda: p + 1, lambda: str(p), lambda: bool(p)):
    try:
        op()
    except ReferenceError as e:
        print("ReferenceError:", e)
try:
    weakref.ProxyType()
except TypeError as e:
    print("TypeError:", e)
