# staticmethod and classmethod on classes: through the class, an instance and a subclass.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name

    @classmethod
    def make(cls, name):
        cls.count += 1
        return cls(name)

    @staticmethod
    def area_of(w, h):
        return w * h

    @classmethod
    def kind(cls):
        return cls.__name__

    @classmethod
    @property
    def label(cls):
        return "label of " + cls.__name__

class Square(Shape):
    pass

s = Square.make("sq")
print(type(s).__name__, s.name, Square.count, Shape.count)
print(Shape.area_of(2, 3), s.area_of(4, 5), Square.area_of(1, 1))
print(Shape.kind(), s.kind(), Square.kind(), Shape.make("x").kind())
print(Shape.label, Square.label, s.label)
print(type(Shape.__dict__["make"]).__name__, type(Shape.__dict__["area_of"]).__name__)
print(Shape.__dict__["area_of"].__func__ is Shape.area_of, Shape.make.__self__ is Shape, s.make.__self__ is Square)
print(Shape.__dict__["kind"].__wrapped__.__name__, Shape.__dict__["area_of"](6, 7))
print(Shape.make.__func__ is Shape.__dict__["make"].__func__)

class Meta(type):
    pass

class Reg(metaclass=Meta):
    @classmethod
    def who(cls):
        return cls

print(Reg.who() is Reg, Reg().who() is Reg)

def plain(*args):
    return args

class Holder:
    s = staticmethod(plain)
    c = classmethod(plain)
    callable_static = staticmethod(len)

h = Holder()
print(h.s(1), Holder.s(2), h.c(3)[0] is Holder, Holder.callable_static("abc"))
print(Holder.s.__name__, Holder.__dict__["s"].__name__, Holder.__dict__["s"](5))
