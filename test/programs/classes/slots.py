# __slots__: member descriptors, sizes, mangling and the __dict__/__weakref__ slots.
import sys

class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = P(1, 2)
print(p.x, p.y, type(P.x).__name__, P.x, sorted(P.__dict__))
p.x = 10
del p.y
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)

class Empty:
    __slots__ = ()
class One:
    __slots__ = ("a",)
class Weak:
    __slots__ = ("a", "__weakref__")
class WithDict:
    __slots__ = ("a", "__dict__")
class Plain:
    pass
class Str:
    __slots__ = "only"
for cls in (Empty, One, Weak, WithDict, Plain, Str):
    print(cls.__name__, sys.getsizeof(cls()), cls.__basicsize__, getattr(cls, "__slots__", None))

w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)

class Private:
    __slots__ = ("__secret", "public")
    def __init__(self):
        self.__secret = 42
    def reveal(self):
        return self.__secret
print(Private().reveal(), sorted(k for k in Private.__dict__ if "secret" in k))

class Sub(P):
    pass
s = Sub(5, 6)
s.extra = 7
print(s.x, s.extra, sys.getsizeof(s), Sub.__basicsize__)
class SubSlots(P):
    __slots__ = ("z",)
print(sys.getsizeof(SubSlots(1, 2)), SubSlots.__basicsize__)
print(sys.getsizeof(P), sys.getsizeof(SubSlots) == sys.getsizeof(P), type.__sizeof__(P))
