# object() instances as unique sentinels and plain object behaviour.
MISSING = object()

def lookup(mapping, key, default=MISSING):
    if key in mapping:
        return mapping[key]
    if default is MISSING:
        raise KeyError(key)
    return default

data = {"a": None}
print(lookup(data, "a"), lookup(data, "b", 0))
try:
    lookup(data, "c")
except KeyError as e:
    print("KeyError:", e)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(o == o, o == object(), o is MISSING, MISSING is MISSING)
print(type(o).__name__, hasattr(o, "__dict__"))
print(len({object(), object(), MISSING, MISSING}))
try:
    object(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__bases__, object.__mro__)
