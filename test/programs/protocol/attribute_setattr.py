# __setattr__ and __delattr__, and __getattribute__ logging every lookup.
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        self.log.append(f"set {name}")
        object.__setattr__(self, name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        self.log.append(f"del {name}")
        if name == "keep":
            raise AttributeError("cannot delete keep")
        object.__delattr__(self, name)
    def method(self):
        return "m"

g = Logged()
g.a = "hello"
g.keep = 1
print(g.a, g.method(), hasattr(g, "zz"))
del g.a
try:
    del g.keep
except AttributeError as e:
    print(e)
print(hasattr(g, "a"), g.log)
try:
    g.missing
except AttributeError as e:
    print(e)

class Frozen:
    __slots__ = ()
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
class Plain:
    def __init__(self):
        self.real = 1
o = Plain()
setattr(o, "dyn", 5)
delattr(o, "real")
print(o.dyn, hasattr(o, "real"), vars(o))
