# Metaclass hooks: __prepare__, __new__, __init__ and __call__ with class keywords.
class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", mcs.__name__, name, kw)
        return {"defined_by": mcs.__name__}

    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, [k for k in ns if not k.startswith("__")], kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args):
        print("call", cls.__name__, args)
        return super().__call__(*args)

class Model(metaclass=Ordered, table="models"):
    b = 1
    a = 2
    def __init__(self, x=0):
        self.x = x

print(Model.order, Model.defined_by, type(Model).__name__, Model(7).x)

class Child(Model):
    c = 3
print(Child.order, type(Child) is Ordered, isinstance(Child, type))
Counted = Ordered("Counted", (), {"n": 1})
print(Counted.order, Counted.n)
