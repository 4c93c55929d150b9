# A data descriptor with __get__, __set__, __delete__ and __set_name__.
class Logged:
    def __set_name__(self, owner, name):
        print(f"__set_name__ {owner.__name__}.{name}")
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            print("get on class", objtype.__name__)
            return self
        print("get", self.name)
        return getattr(obj, self.storage)

    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.storage)

class Point:
    x = Logged()
    y = Logged()

    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x + p.y)
p.x = 10
print(Point.x.name)
del p.y
print(sorted(p.__dict__))
p.__dict__["x"] = "shadow?"
print(p.x)
