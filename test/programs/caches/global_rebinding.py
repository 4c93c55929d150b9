# LOAD_GLOBAL's cache when globals and builtins change under it.
import builtins


def f():
    return 1


def use():
    return f(), len("abc")


print(use(), use())


def f():
    return 2


print(use())
len = lambda s: "global len"
print(use())
del len
print(use())
builtins.len = lambda s: "builtin replaced"
print(use())
del builtins.len
try:
    use()
except NameError as e:
    print("NameError", e)
import sys
builtins.len = lambda s: sys.maxsize and 3
print(use())
del f
try:
    use()
except NameError as e:
    print("NameError", e)


# A code object run with other globals: its cache must not mix the two.
src = "def g():\n    return value\n"
ns1 = {"value": "one"}
ns2 = {"value": "two"}
exec(src, ns1)
exec(src, ns2)
for _ in range(3):
    print(ns1["g"](), ns2["g"](), end=" ")
print()
ns1["value"] = "changed"
print(ns1["g"](), ns2["g"]())
