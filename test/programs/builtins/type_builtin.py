# type(x) of builtin objects, and the repr of type objects.
values = [1, 1.5, 1j, "s", b"b", True, None, [], (), {}, set(), frozenset(), range(2),
          len, print, slice(1), type, object, NotImplemented, Ellipsis, iter([]), iter(()),
          iter(range(1)), iter(""), {}.keys(), {}.values(), {}.items(), enumerate([]), zip(), map(str, []),
          reversed([]), lambda: 0, Exception(), KeyError()]
for v in values:
    print(type(v))
print(type(type(1)), type(1) is int, type(True) is bool, type(1) == type(2))
print(int, str, type(None).__name__, type(Ellipsis).__name__)
print(type("x")("abc"), type(5)("12") + 1, type([1])((1, 2)))
