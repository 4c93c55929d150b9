# super() in single inheritance: __init__, methods, classmethods, properties, explicit forms.
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x

    def describe(self):
        return "Base(%d)" % self.x

    @classmethod
    def create(cls, x, *rest):
        print("Base.create for", cls.__name__)
        return cls(x, *rest)

    @property
    def value(self):
        return self.x * 10

class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Derived.__init__", y)
        self.y = y

    def describe(self):
        return "Derived<" + super().describe() + ">"

    @classmethod
    def create(cls, x):
        print("Derived.create")
        return super().create(x, 0)

    @property
    def value(self):
        return super().value + 1

    def show_super(self):
        s = super()
        print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
        print(repr(s).replace("__main__.", ""))

d = Derived(1, 2)
print(d.describe(), d.value)
d.show_super()
e = Derived.create(7)
print(e.describe())
print(super(Derived, d).describe(), super(Base, d).__init__ is not None)
print(repr(super(Derived, d)), repr(super(Derived)), repr(super(Derived, Derived)))

class A:
    @classmethod
    def name(cls):
        return "A.name for " + cls.__name__

class B(A):
    @classmethod
    def name(cls):
        return "B+" + super().name()

class C(B):
    pass

print(C.name(), B.name(), C().name())

class Counter(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)

c = Counter()
c["a"] = 5
print(c, super(Counter, c).__getitem__("a"))

class WithCell:
    def method(self):
        def inner():
            return self
        return super().__repr__ is not None, inner() is self

print(WithCell().method())
