# Classes: attributes, methods, inheritance, super, repr and dunder methods.
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

class Point3(Point):
    dims = 3
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"

p = Point(1, 2) + Point(3, 4)
print(p, p == Point(4, 6), Point.dims, Point3(1, 2, 3), Point3.dims, isinstance(Point3(0, 0, 0), Point))
print(Point3.__mro__)
