# LOAD_ATTR and STORE_ATTR on __slots__ members, run often enough at one site that the
# eval loop caches the member's place, then every way the cached place could become wrong.
import sys


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    __slots__ = ("z",)


class Loose(Point):
    pass  # instances have a __dict__ as well as the two slots


def total(points):
    s = 0
    for p in points:
        s += p.x + p.y
    return s


def bump(points):
    for p in points:
        p.x = p.x + 1


pts = [Point(i, 2 * i) for i in range(50)]
print(total(pts))
bump(pts)
print(total(pts))

# Three classes at one site: two cached entries and misses for the third.
mixed = []
for i in range(30):
    if i % 3 == 0:
        mixed.append(Point(i, i))
    elif i % 3 == 1:
        q = Point3(i, i)
        q.z = 0
        mixed.append(q)
    else:
        l = Loose(i, i)
        l.extra = i
        mixed.append(l)
print(total(mixed))
bump(mixed)
print(total(mixed))

# An emptied slot: the cached load must raise AttributeError, not read a null.
victim = Point(1, 2)
pts.append(victim)
del victim.y
try:
    total(pts)
except AttributeError as e:
    print("AttributeError:", e)
victim.y = 5
print(total(pts))

# References: the store moves the value's reference in and releases the old value.
marker = object()
before = sys.getrefcount(marker)
holders = [Point(0, 0) for _ in range(20)]
for h in holders:
    h.x = marker
print(sys.getrefcount(marker) - before)
for h in holders:
    h.x = None
print(sys.getrefcount(marker) - before)


# A class attribute of the same name placed on a subclass after the site was cached.
class Shadow(Point):
    __slots__ = ()


shadows = [Shadow(i, i) for i in range(10)]
print(total(shadows))
Shadow.x = property(lambda self: 100)
print(total(shadows))
try:
    bump(shadows)
except AttributeError as e:
    print("AttributeError:", e)
del Shadow.x
print(total(shadows))


# A member descriptor borrowed by an unrelated class must keep its type check.
class Thief:
    __slots__ = ("a", "b")
    x = Point.__dict__["x"]


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except TypeError as e:
            out.append(str(e))
    return out


print(read_x([Point(7, 8), Thief(), Point(9, 9)]))


# __getattr__ on a subclass: no cached access may skip it for a missing slot value.
class Fallback(Point):
    __slots__ = ()

    def __getattr__(self, name):
        return "fallback " + name


f = Fallback(1, 2)
del f.x
print([p.x for p in [Point(1, 2), f, Point(3, 4)]])
