# Unary operators and the truth value of builtin objects.
for v in (0, 1, -1, 2 ** 80, 0.0, -2.5, True, False):
    print(repr(v), -v, +v, not v)
print([~v for v in (0, 1, -1, 2 ** 80, True)])
values = [0, 0.0, 0j, "", [], (), {}, set(), frozenset(), range(0), None, b"",
          1, -0.1, 1j, " ", [0], (None,), {0: 0}, {0}, range(1), b"\x00"]
print([bool(v) for v in values])
print(not [], not [[]], not None, not not "x")
if 0.0 or "" or []:
    print("unreachable")
else:
    print("all falsy")
print(-True, +False, ~True, ~False)
