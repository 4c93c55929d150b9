# property on classes: decorator chains, inheritance, names in errors, subclasses of property.
class Temperature:
    def __init__(self):
        self._c = 0

    @property
    def celsius(self):
        "Degrees Celsius."
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("set", value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleted")
        self._c = None

    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)

t = Temperature()
t.celsius = 25
print(t.celsius, t.fahrenheit, Temperature.celsius.__doc__)
del t.celsius
print(t.celsius, type(Temperature.celsius).__name__, Temperature.__dict__["celsius"] is Temperature.celsius)

def attempt(what, f):
    try:
        f()
    except AttributeError as e:
        print(what, "->", e)

attempt("set fahrenheit", lambda: setattr(t, "fahrenheit", 1))
attempt("del fahrenheit", lambda: delattr(t, "fahrenheit"))

class Outer:
    class Inner:
        x = property()
        y = property(None, lambda self, v: None)

attempt("get x", lambda: Outer.Inner().x)
attempt("del y", lambda: delattr(Outer.Inner(), "y"))
attempt("get y", lambda: Outer.Inner().y)

class Child(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return -self._c

c = Child()
c.celsius = 3
print(c.celsius, Child.celsius.fset is Temperature.celsius.fset, Child.celsius.__doc__)

class LoggedProperty(property):
    "A property that says when it is read."
    def __get__(self, obj, objtype=None):
        if obj is not None:
            print("reading", self.fget.__name__)
        return super().__get__(obj, objtype)

class Box:
    @LoggedProperty
    def size(self):
        "the size"
        return 3
    @size.setter
    def size(self, v):
        print("size =", v)

b = Box()
print(b.size, type(Box.__dict__["size"]).__name__, Box.size.__doc__)
b.size = 9
print(b.__dict__, Box.size.__dict__)
