# LOAD_METHOD on a class (cached per class) and on super() (the function with the instance,
# no bound method), and super() called without arguments: the edge cases.


class Base:
    def greet(self, who):
        return "base greets " + who

    @classmethod
    def make(cls):
        return cls.__name__

    @staticmethod
    def helper(x):
        return x * 2

    def __init__(self, n):
        self.n = n


class Child(Base):
    def greet(self, who):
        return "child, then " + Base.greet(self, who)

    @classmethod
    def make(cls):
        return "child:" + super().make()

    @staticmethod
    def helper(x):
        return Base.helper(x) + 1

    def __init__(self, n):
        super().__init__(n * 10)


def call_greet(cls, obj):
    # One call site, several classes as the owner.
    return cls.greet(obj, "you")


for _ in range(3):
    print(Child(1).greet("me"), Child.make(), Child.helper(4), Child(2).n)
    print(call_greet(Base, Base(0)), "|", call_greet(Child, Child(0)))

# The class attribute is replaced: the cached function must not be used any more.
def greet2(self, who):
    return "replaced " + who

for i in range(4):
    if i == 2:
        Base.greet = greet2
    print(i, call_greet(Base, Base(0)), "|", call_greet(Child, Child(0)))

# A subclass gains its own attribute: lookups through it change.
class Grand(Child):
    pass

for i in range(4):
    if i == 2:
        Grand.greet = lambda self, who: "grand " + who
    print(i, call_greet(Grand, Grand(0)))

# Shadowed by an instance attribute: a class lookup ignores it.
g = Child(0)
g.greet = lambda who: "instance " + who
print(call_greet(Child, g), g.greet("x"))

# A metaclass: lookups on its classes may differ (not cached as plain classes).
class Meta(type):
    def greet(cls, obj, who):
        return "meta " + who

class WithMeta(metaclass=Meta):
    pass

class WithMetaAndMethod(metaclass=Meta):
    def greet(self, who):
        return "own " + who

for _ in range(2):
    print(call_greet(WithMeta, None), call_greet(WithMetaAndMethod, WithMetaAndMethod()))

# type's data descriptors win over a class's function of the same name.
class Odd:
    def __name__(self):
        return "method"

def name_of(cls):
    return cls.__name__

for _ in range(2):
    print(name_of(Odd), Odd.__dict__["__name__"](None))

# super() method calls: functions, non-functions, properties, class-level super.
class A:
    def m(self):
        return "A.m"

    def __call__(self):
        return "A.__call__"

    prop = property(lambda self: "A.prop")
    value = 42
    sm = staticmethod(lambda: "A.sm")

class B(A):
    def m(self):
        return "B>" + super().m()

    def all(self):
        return [super().m(), super().prop, super().value, super().sm(), super().__call__()]

    def missing(self):
        return super().nothing()

    @classmethod
    def cm(cls):
        return super().m(B())

for _ in range(3):
    b = B()
    print(b.m(), b.all(), B.cm())
try:
    B().missing()
except AttributeError as e:
    print("AttributeError:", e)

# super() where the first argument was deleted, and outside a method.
class D(A):
    def m(self):
        del self
        return super().m()

try:
    D().m()
except RuntimeError as e:
    print("RuntimeError:", e)

def not_a_method():
    return super()

try:
    not_a_method()
except RuntimeError as e:
    print("RuntimeError:", e)

# super() with an instance that is not of the class (__class__ reassigned).
class E(A):
    def m(self):
        return super().m()

class Other:
    pass

try:
    E.m(Other())
except TypeError as e:
    print("TypeError:", e)

# A closure captures self (a cell), and super still finds it.
class F(A):
    def m(self):
        get = lambda: self
        return super().m() + ":" + type(get()).__name__

print(F().m())

# The super object and explicit two-argument super.
class G(A):
    def m(self):
        s = super()
        return type(s).__name__, s.m(), super(G, self).m(), s.__thisclass__.__name__

print(G().m())

# A super subclass, and `super` rebound, keep the ordinary path.
class MySuper(super):
    pass

class H(A):
    def m(self):
        return MySuper(H, self).m()

print(H().m())

def rebound():
    super = lambda: "not super"
    return super()

print(rebound())

# Methods found through super() that are descriptors of other kinds bind as usual.
class I(A):
    def __call__(self):
        return "I>" + super().__call__()

    def bound(self):
        f = super().m
        return type(f).__name__, f()

print(I()(), I().bound())
