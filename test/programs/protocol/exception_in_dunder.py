# Exceptions raised inside special methods propagate to the operation that called them.
class Fragile:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        raise RuntimeError(f"cannot compare {self.name}")
    __hash__ = object.__hash__
    def __len__(self):
        raise ValueError("length unknown")
    def __iter__(self):
        yield 1
        raise KeyError("broken iterator")
    def __str__(self):
        raise LookupError("no text form")
    def __repr__(self):
        return f"Fragile({self.name!r})"

f = Fragile("f")
tests = [
    ("==", lambda: f == 1),
    ("in list", lambda: 1 in [f]),
    ("list.index", lambda: [f].index(2)),
    ("len", lambda: len(f)),
    ("bool", lambda: bool(f)),
    ("list()", lambda: list(f)),
    ("str", lambda: str(f)),
    ("print", lambda: print(f)),
    ("f-string", lambda: f"{f}"),
]
for label, action in tests:
    try:
        action()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(repr(f), [f], f in [f])
