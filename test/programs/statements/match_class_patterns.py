# Class patterns: __match_args__ (inherited and overridden), positional and keyword sub-patterns,
# guards on captures, and attributes the subject lacks.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=zz) if zz > 0:
            return f"above {x},{y} at {zz}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on the y axis at {yy}"
        case Point(xx, 0):
            return f"on the x axis at {xx}"
        case Point(nope=1):
            return "unreachable: no such attribute"
        case Point():
            return "elsewhere"
        case _:
            return "not a point"


for p in [Point3(0, 0, 0), Point3(1, 2, 3), Point3(1, 2, -3), Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 1), 7]:
    print(where(p))
