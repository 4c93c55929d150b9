# The class statement: attributes, methods, bound methods, names and the class dict.
class Counter:
    """Counts things."""
    step = 1

    def __init__(self, start=0):
        self.value = start

    def bump(self, times=1):
        self.value += self.step * times
        return self

    def __repr__(self):
        return f"Counter({self.value})"

c = Counter(5)
print(c.bump().bump(3), c.value, Counter.step, c.step)
m = c.bump
print(type(m).__name__, m.__self__ is c, m.__func__ is Counter.bump, m(), Counter.bump(c, 2))
print(Counter.__name__, Counter.__qualname__, Counter.__module__, Counter.__doc__)
print(sorted(k for k in Counter.__dict__), type(Counter.__dict__).__name__)
print(Counter.__dict__["step"], "bump" in vars(Counter), c.__dict__, vars(c))
c.step = 10
print(c.bump(), Counter.step, c.__dict__)
del c.step
print(c.bump(), c.__dict__)
Counter.step = 100
print(c.bump(), Counter().bump())
del Counter.step
try:
    c.bump()
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Counter.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    c.nothing
except AttributeError as e:
    print("AttributeError:", e)

class Empty:
    pass
e = Empty()
print(Empty.__doc__, Empty.__bases__, Empty.__base__, type(Empty), type(e) is Empty, e.__class__ is Empty)
print(sorted(dir(e))[-4:], "__weakref__" in dir(Empty), e.__weakref__)
def outer():
    class Local:
        pass
    return Local
print(outer().__qualname__, outer() is outer(), repr(Empty)[:20])
Empty.__name__ = "Renamed"
Empty.__qualname__ = "Outer.Renamed"
print(Empty.__name__, Empty.__qualname__, Empty)
Empty.__doc__ = "now documented"
print(Empty.__doc__, Empty.__dict__["__doc__"])
