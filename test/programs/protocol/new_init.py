# __new__ and __init__: __new__ gets the class first, __init__ runs only for instances of
# the class, and must return None.
class Single:
    _instance = None
    def __new__(cls, *args, **kw):
        print("new", cls.__name__, args, kw)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value=0, **kw):
        print("init", value, kw)
        self.value = value

s1 = Single(1, k="v")
s2 = Single(2)
print(s1 is s2, s1.value)

class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
print(type(ReturnsOther()).__name__)

class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    def __repr__(self):
        return f"Point{tuple(self)}"
print(Point(1, 2), Point(1, 2)[0], len(Point(3, 4)))

class NoArgs:
    pass
for make in [lambda: NoArgs(1), lambda: NoArgs(x=1), lambda: object(1)]:
    try:
        make()
    except TypeError as e:
        print(e)
class NewOnly:
    def __new__(cls, a):
        return super().__new__(cls)
print(type(NewOnly(1)).__name__)
class StaticNew:
    @staticmethod
    def __new__(cls, *a):
        return "static " + cls.__name__
print(StaticNew(1, 2))
