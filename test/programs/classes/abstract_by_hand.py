# Abstract base classes by hand: NotImplementedError in the base, overridden in subclasses.
class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Blob(Shape):
    pass

for shape in (Circle(1), Square(3), Blob()):
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(issubclass(NotImplementedError, RuntimeError))
shapes = sorted([Square(2), Circle(1), Square(1)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
