# Zero-argument super() in __init__, in regular methods and in classmethods.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def describe(self):
        return f"{self.name}"

    @classmethod
    def make(cls, *args):
        print("Shape.make for", cls.__name__)
        return cls(*args)

class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def describe(self):
        return super().describe() + f" with side {self.side}"

    @classmethod
    def make(cls, *args):
        print("Square.make")
        return super().make(*args)

s = Square.make(3)
print(s.describe())
print(Shape.count, s.count)
print(super(Square, s).describe())
print(type(super(Square, s)).__name__)
