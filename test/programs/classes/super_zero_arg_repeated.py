# Zero-argument super() called again and again from methods whose `__class__` free variable
# sits at different places, from a method called with an object that is not an instance of
# its class (TypeError), and the counts and size of the super objects made.
import sys


class Base:
    def __init__(self, name):
        self.name = name

    def tag(self):
        return "base:" + self.name


class Child(Base):
    def __init__(self, name):
        super().__init__(name)

    def tag(self):
        return "child/" + super().tag()

    def wide(self, a, b, c, d):
        x = a + b
        y = c + d
        return super().tag() + str(x + y)

    def held(self):
        s = super()
        return sys.getrefcount(self), sys.getsizeof(s), s.__thisclass__.__name__, s.__self_class__.__name__


out = []
for i in range(4):
    c = Child("c%d" % i)
    out.append(c.tag())
    out.append(c.wide(i, 1, 2, 3))
print(out)
c = Child("z")
before = sys.getrefcount(c)
print(c.held(), sys.getrefcount(c) - before)
try:
    Child.tag(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Child.wide(Base("b"), 1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
print(Child.tag(Child("again")))


class Grand(Child):
    def tag(self):
        return "grand/" + super().tag()


print([Grand("g").tag() for _ in range(2)], Child("k").tag())
