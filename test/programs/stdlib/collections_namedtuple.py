# collections.namedtuple: fields, defaults, _replace, _asdict, _make and subclassing.
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p))
x, y = p
print(x + y, p._fields, Point._fields)
print(p._replace(y=10), p._asdict(), Point._make([7, 8]))
Person = namedtuple("Person", "name age city", defaults=["Oslo"])
print(Person("Ann", 30), Person("Bob", 25, "Rome"), Person._field_defaults)
people = [Person("Cy", 40), Person("Ann", 30), Person("Bob", 30, "Rome")]
print(sorted(people, key=lambda p: (p.age, p.name)))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)

class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

v = Vec(3, 4) + Vec(1, 1)
print(v, v.norm(), isinstance(v, tuple), Vec.__mro__[1].__name__)
R = namedtuple("R", "a def", rename=True)
print(R._fields, {Point(1, 2): "hashable"}[Point(1, 2)])
