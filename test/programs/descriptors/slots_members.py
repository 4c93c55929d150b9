# __slots__ create member descriptors on the class.
import sys

class Point:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

p = Point(3)
print(p.x, type(Point.x).__name__, Point.x, Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__.__name__)
print(Point.x.__doc__, Point.__dict__["y"] is Point.y, sys.getsizeof(p))

def attempt(f):
    try:
        print(f())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: p.y)
attempt(lambda: delattr(p, "y"))
p.y = [1]
print(p.y)
del p.y
attempt(lambda: p.y)
attempt(lambda: setattr(p, "z", 1))

class Other:
    pass

attempt(lambda: Point.x.__get__(Other()))
attempt(lambda: Point.x.__set__(Other(), 1))
print(Point.x.__get__(None, Point) is Point.x, Point.x.__get__(p))
Point.x.__set__(p, 10)
print(p.x)
Point.x.__delete__(p)
attempt(lambda: p.x)

class Point3(Point):
    __slots__ = ("z",)

q = Point3(1)
q.z = 2
print(q.x, q.z, Point3.z, sys.getsizeof(q))
Point.x.__set__(q, 5)
print(q.x)

class Nested:
    class Inner:
        __slots__ = ("v",)

print(Nested.Inner.v, Nested.Inner.v.__qualname__)
attempt(lambda: Nested.Inner().v)
