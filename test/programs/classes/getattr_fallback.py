# __getattr__ is only consulted when normal lookup fails.
class Config:
    defaults = {"color": "blue", "size": 10}

    def __init__(self, **overrides):
        self.overrides = overrides

    def __getattr__(self, name):
        print("__getattr__", name)
        if name in self.overrides:
            return self.overrides[name]
        if name in self.defaults:
            return self.defaults[name]
        raise AttributeError(f"no setting {name!r}")

c = Config(size=12)
print(c.size)
print(c.color)
print(c.overrides)
c.color = "red"
print(c.color)
try:
    c.weight
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "weight", "fallback"))
print(hasattr(c, "depth"))
