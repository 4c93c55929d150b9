# A misspelt attribute on an instance: the uncaught AttributeError suggests the right name.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = "P"

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

p = Point(3, 4)
print(p.norm())
try:
    p.lable
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| obj is p:", e.obj is p)
print(p.lable)
