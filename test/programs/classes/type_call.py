# type(name, bases, dict) and type(x); the argument errors of type() and object().
def init(self, v):
    self.v = v

Point = type("Point", (), {"__init__": init, "kind": "point", "__qualname__": "Geo.Point"})
p = Point(3)
print(p.v, p.kind, Point.__name__, Point.__qualname__, Point.__module__, Point.__bases__)
Sub = type("Sub", (Point,), {})
print(Sub(4).v, Sub.__mro__, type(Sub), type(type), type(5), type(p) is Point)
print(sorted(Point.__dict__))

def check(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

check(lambda: type())
check(lambda: type("A", ()))
check(lambda: type("A", (), {}, 1))
check(lambda: type(1, (), {}))
check(lambda: type("A", [], {}))
check(lambda: type("A", (), []))
check(lambda: type("A", (1,), {}))
check(lambda: type("A", (), {"__qualname__": 3}))
check(lambda: type("A", (), {}, extra=1))
check(lambda: type.__new__(type, "A", ()))
check(lambda: type.__init__(Point, "A", (), {}, 1))
check(lambda: object(1))
check(lambda: object(x=1))
check(lambda: Point())
class NoInit:
    pass
class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
class OnlyInit:
    def __init__(self, *args):
        self.args = args
check(lambda: NoInit(1))
check(lambda: NoInit(k=1))
check(lambda: type(OnlyNew(1, 2)).__name__)
check(lambda: OnlyInit(1, 2).args)
check(lambda: object.__new__(NoInit, 1))
check(lambda: object.__new__(OnlyInit, 1).__class__.__name__)
check(lambda: object.__init__(NoInit(), 1))
check(lambda: object.__init__(OnlyInit(), 1))
check(lambda: object.__new__(int))
check(lambda: type(NoInit()).__name__)
