# Function __annotations__: built from the definition on first access, a fresh dict when
# there are none, replaceable by a dict, cleared by None or del.
def typed(a: int, b: "text" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return [a, b]

print(typed.__annotations__)
print(typed.__annotations__ is typed.__annotations__)
typed.__annotations__["extra"] = 1
print(sorted(typed.__annotations__))

def bare():
    pass

print(bare.__annotations__, "__annotations__" in dir(bare))
bare.__annotations__ = {"x": str}
print(bare.__annotations__)
bare.__annotations__ = None
print(bare.__annotations__)
bare.__annotations__["y"] = 2
del bare.__annotations__
print(bare.__annotations__)
for bad in (5, [("a", int)], "text"):
    try:
        bare.__annotations__ = bad
    except TypeError as e:
        print(type(bad).__name__, e)

lam = lambda x: x
print(lam.__annotations__)

def outer():
    def inner(v: "inner") -> "out":
        return v
    return inner

print(outer().__annotations__, outer().__annotations__ == outer().__annotations__)
