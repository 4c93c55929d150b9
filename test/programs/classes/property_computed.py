# Read-only computed properties and the errors when assigning to them.
class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        """Twice the sum of the sides."""
        return 2 * (self.width + self.height)

r = Rectangle(3, 4)
print(r.area, r.perimeter)
r.width = 10
print(r.area, r.perimeter)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.area
except AttributeError as e:
    print("AttributeError:", e)
p = Rectangle.__dict__["perimeter"]
print(type(p).__name__, p.__doc__)
print(p.fget(r), p.fset, p.fdel)
print(isinstance(Rectangle.area, property))
