# Object-oriented workload: method calls, attribute access, inheritance.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    def describe(self):
        return "%s:%d" % (self.name, int(self.area()))


class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


def main():
    total = 0.0
    names = 0
    for i in range(200000):
        shape = Rect(i % 13, i % 7) if i % 2 else Circle(i % 5)
        total += shape.area()
        names += len(shape.describe())
    print("%.2f" % total, names)


main()
