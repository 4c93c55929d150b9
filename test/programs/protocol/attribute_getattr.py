# __getattr__ (only for missing attributes) and __getattribute__ (for every lookup), and
# how getattr/hasattr see their AttributeErrors.
class Lazy:
    cls_attr = "on class"
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return f"computed {name}"
        raise AttributeError(f"no {name} here")

o = Lazy()
print(o.real, o.cls_attr, o.xyz, getattr(o, "x1"), hasattr(o, "x"), hasattr(o, "y"))
print(getattr(o, "nope", "default"))
try:
    o.nope
except AttributeError as e:
    print(e)

class Both:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        if name == "special":
            return "from getattribute"
        raise AttributeError(name)
    def __getattr__(self, name):
        return f"fallback {name}"
b = Both()
print(b.special, b.other, getattr(b, "x", 0))
try:
    b.boom
except KeyError as e:
    print("KeyError", e)
try:
    hasattr(b, "boom")
except KeyError as e:
    print("hasattr propagates", e)


class P:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr " + name
class Q:
    @property
    def broken(self):
        raise AttributeError("inner message")
print(P().broken, getattr(Q(), "broken", "dflt"), hasattr(Q(), "broken"))
try:
    Q().broken
except AttributeError as e:
    print(e)
