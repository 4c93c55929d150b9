# weakref.ref: sharing, counting, hashing, equality, repr and the errors.
import weakref

class C:
    def m(self):
        pass

c = C()
r = weakref.ref(c)
print(r() is c, weakref.ref(c) is r, weakref.getweakrefcount(c))
r2 = weakref.ref(c, lambda w: None)
print(r2 is not r, weakref.getweakrefcount(c), weakref.getweakrefs(c) == [r, r2])
print(c.__weakref__ is r, r == r2, r != r2, hash(r) == hash(c) == hash(r2))
print(type(r).__name__, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(r.__callback__, r2.__callback__ is not None)
print(repr(r).startswith("<weakref at 0x"), "; to 'C' at 0x" in repr(r))
h = hash(r)
del c
print(r(), r2(), hash(r) == h, repr(r).endswith("; dead>"))
print(r == r2, r == r, r != r2)
try:
    hash(r2)
except TypeError as e:
    print("TypeError:", e)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
for bad in (1, "s", (), [], {}, None, 1.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
class S:
    __slots__ = ("a",)
class SW:
    __slots__ = ("a", "__weakref__")
try:
    weakref.ref(S())
except TypeError as e:
    print("TypeError:", e)
sw = SW()
print(weakref.ref(sw)() is sw)
def f(): pass
for o in (f, C, weakref, {1}, frozenset(), len, C().m, f.__code__):
    print(type(o).__name__, weakref.ref(o)() is o)
for call in (lambda: weakref.ref(), lambda: weakref.ref(1, 2, 3), lambda: r(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
class MyRef(weakref.ref):
    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag
o = C()
m = MyRef(o, None, "t")
print(type(m).__name__, m() is o, m.tag, weakref.getweakrefcount(o), m is not weakref.ref(o))
print(weakref.ref[int])
