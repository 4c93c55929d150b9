# type() and isinstance() across builtin types and the numeric tower.
values = [0, 1.5, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, frozenset(), 2j, range(2), len]
for v in values:
    print(f"{type(v).__name__:<27}", isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(type(True) is bool, isinstance(True, int), issubclass(bool, int), True + True)
print(type(type), type(object), isinstance(type, object), isinstance(object, type))
print(int.__mro__, bool.__mro__)
print([t.__name__ for t in (list, dict, str) if issubclass(t, object)])
print(type(None)(), type(3)("7") + 1, type("")(5), type([])("ab"))
print(type(print).__name__, type(str.upper).__name__, type("".upper).__name__, type(int.from_bytes).__name__)
