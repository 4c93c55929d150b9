# Every class has its own shared keys: subclasses, siblings, __class__ assignment.
import sys

class Base:
    def __init__(self):
        self.base = "b"

class Child(Base):
    def __init__(self):
        super().__init__()
        self.child = "c"

class Other(Base):
    pass

print(sys.getsizeof(Base), sys.getsizeof(Child), sys.getsizeof(Other))
c = Child()
b = Base()
print(vars(c), vars(b), sys.getsizeof(c.__dict__), sys.getsizeof(b.__dict__))
o = Other()
o.extra = 1
print(vars(o), o.base)

x = Base()
x.more = 2
x.__class__ = Other
print(type(x).__name__, vars(x), x.more, sys.getsizeof(x.__dict__))
x.later = 3
print(vars(x))

class Slotted:
    __slots__ = ("a", "__dict__")
s = Slotted()
s.a = 1
s.b = 2
print(s.a, vars(s), sys.getsizeof(s.__dict__))
