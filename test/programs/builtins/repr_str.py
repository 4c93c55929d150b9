# repr and str of builtin objects.
values = [42, -3.5, 1e-10, "text", 'it\'s', "say \"hi\"", "both ' and \"", "\n\t\\", "\x00\x7f",
          "é", "\u200b", "😀", b"bytes\x00\xff", [1, "a"], (1,), (), {"k": [None]}, {1: 2.0},
          set(), frozenset(), {5}, range(0, 3), None, True, Ellipsis, NotImplemented, 2 + 0j, slice(1, 2)]
for v in values:
    print(repr(v), "|", str(v))
print(str(), repr(""), str(b"x"), str([1, "1"]), str(("a",)))
nested = [1]
nested.append(nested)
print(nested, repr(nested))
d = {}
d["self"] = d
print(d)
