# __slots__ restricts attributes and removes the per-instance __dict__.
class Pixel:
    __slots__ = ("x", "y", "color")

    def __init__(self, x, y, color="black"):
        self.x = x
        self.y = y
        self.color = color

p = Pixel(1, 2)
print(p.x, p.y, p.color)
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
del p.color
try:
    print(p.color)
except AttributeError as e:
    print("AttributeError:", e)
p.color = "red"
print(p.color)
print(Pixel.__slots__, type(Pixel.x).__name__)
print(Pixel.x.__get__(p), Pixel.y.__name__)
Pixel.y.__set__(p, 99)
print(p.y)

class Pixel3D(Pixel):
    __slots__ = ("z",)

q = Pixel3D(0, 0)
q.z = 5
print(q.z, hasattr(q, "__dict__"))

class Loose(Pixel):
    pass

l = Loose(1, 1)
l.anything = "ok"
print(l.anything, sorted(l.__dict__))
