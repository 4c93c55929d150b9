# An immutable point: __setattr__ refuses changes, equality and hashing by value.
class FrozenPoint:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")

    def __eq__(self, other):
        if not isinstance(other, FrozenPoint):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"FrozenPoint({self.x}, {self.y})"

    def moved(self, dx, dy):
        return FrozenPoint(self.x + dx, self.y + dy)

p = FrozenPoint(1, 2)
for action in (lambda: setattr(p, "x", 5), lambda: delattr(p, "y"), lambda: setattr(p, "z", 0)):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
q = p.moved(1, 1)
print(p, q, p == FrozenPoint(1, 2), p == (1, 2))
seen = {p: "origin-ish", q: "moved"}
print(seen[FrozenPoint(2, 3)], len({p, FrozenPoint(1, 2), q}))
print(hash(p) == hash((1, 2)))
