# Dunders assigned or deleted after the class statement take effect at once, for the
# class and its subclasses.
class A:
    pass
class B(A):
    pass
a, b = A(), B()
try:
    a + 1
except TypeError as e:
    print(e)
A.__add__ = lambda self, other: f"added {other}"
print(a + 1, b + 2)
B.__add__ = lambda self, other: "B's own"
print(a + 1, b + 2)
del A.__add__
print(b + 3)
try:
    a + 1
except TypeError as e:
    print(e)
del B.__add__
try:
    b + 1
except TypeError as e:
    print(e)

A.__len__ = lambda self: 7
print(len(a), len(b), bool(b))
A.__bool__ = lambda self: False
print(bool(a), bool(b))
del A.__bool__, A.__len__
print(bool(a))
A.__repr__ = lambda self: "<an A>"
print(repr(a), repr(b), str(b))
A.__eq__ = lambda self, other: True
print(a == 1, b != 2)
A.__hash__ = None
try:
    hash(b)
except TypeError as e:
    print(e)
A.__hash__ = lambda self: 99
print(hash(a), hash(b))
A.__getitem__ = lambda self, k: k * 2
print(b[21], b["ab"])
A.__iter__ = lambda self: iter([1, 2])
print(list(b), 2 in b)
A.__getattr__ = lambda self, name: name.upper()
print(b.hello)
del A.__getattr__
print(hasattr(b, "hello"))

class L(list):
    pass
x = L([1, 2])
L.__len__ = lambda self: 100
print(len(x))
del L.__len__
print(len(x))
