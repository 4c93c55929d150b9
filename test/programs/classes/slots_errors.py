# __slots__ errors: duplicates, non-strings, non-identifiers, conflicts and bases that forbid them.
class Plain:
    pass
for ns in ({"__slots__": ("a", "a")}, {"__slots__": (1,)}, {"__slots__": ("1a",)}, {"__slots__": ("v",), "v": 0},
           {"__slots__": ("__dict__", "__dict__")}, {"__slots__": ("__weakref__", "__weakref__")}, {"__slots__": 5}):
    try:
        print(type("T", (), ns).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
for base, ns in ((int, {"__slots__": ("a",)}), (Plain, {"__slots__": ("__dict__",)}), (tuple, {"__slots__": ()})):
    try:
        print(type("T", (base,), ns).__name__)
    except TypeError as e:
        print("TypeError:", e)
