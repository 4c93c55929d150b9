# Cached attribute sites when the instance itself changes: its __dict__, its class, its values.
# Each site runs three times: once to fill its cache, then from the cache.
import sys


class A:
    def __init__(self):
        self.a = 1
        self.b = 2


class B:
    def __init__(self):
        self.b = "B's b"
        self.a = "B's a"


def get_a(o):
    return [o.a for _ in range(3)]


def set_b(o, v):
    for _ in range(3):
        o.b = v


x = A()
for _ in range(3):
    print(get_a(x), end=" ")
    set_b(x, 10)
print()

# __dict__ read: the inline values become a dict; the sites go through it.
d = x.__dict__
d["a"] = "from dict"
print(get_a(x))
set_b(x, 11)
print(d)

# __dict__ replaced.
y = A()
get_a(y)
y.__dict__ = {"a": "new dict", "z": 0}
print(get_a(y), vars(y))
set_b(y, 12)
print(vars(y))

# __class__ assigned: the other class's layout is used.
z = A()
get_a(z)
z.__class__ = B
print(get_a(z), vars(z))
set_b(z, "set")
print(vars(z))

# Several classes at one site, more than the cache keeps.
class C:
    def __init__(self):
        self.a = "C"


class D(A):
    pass


for o in [A(), B(), C(), D(), A(), C(), B(), D()]:
    set_b(o, type(o).__name__)
    print(get_a(o), o.b, end=" | ")
print()

# Deleting and storing again: insertion order and reference counts as CPython's.
w = A()
del w.a
set_b(w, "again")
w.a = "last"
print(vars(w), list(vars(w)))
value = object()
for _ in range(4):
    set_b(w, value)
print(sys.getrefcount(value), get_a(w))
set_b(w, None)
print(sys.getrefcount(value))
