# __eq__ and __hash__: defining __eq__ alone makes a class unhashable, __hash__ = None
# says so explicitly, and __hash__ results are converted like CPython does.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))

d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in {Point(1, 2)}, len({Point(0, 0), Point(0, 0), Point(1, 0)}))

class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
for make in [lambda: hash(EqOnly()), lambda: {EqOnly()}, lambda: {EqOnly(): 1}]:
    try:
        make()
    except TypeError as e:
        print(e)

class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(e)

class Plain:
    pass
pl = Plain()
print(hash(pl) == hash(pl), type(hash(pl)))

class Sub(Point):
    pass
print(hash(Sub(1, 2)) == hash(Point(1, 2)))

class Rehash(EqOnly):
    __hash__ = object.__hash__
print(type(hash(Rehash())))

