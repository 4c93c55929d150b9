# The reflected method of a right operand whose type is a subclass of the left's goes first,
# but only when the subclass overrides it.
class A:
    def __init__(self, name):
        self.name = name
    def __add__(self, other):
        return f"A.__add__({self.name}, {other.name})"
    def __radd__(self, other):
        return f"A.__radd__({self.name}, {other.name})"
    def __lt__(self, other):
        return f"A.__lt__({self.name}, {other.name})"
    def __gt__(self, other):
        return f"A.__gt__({self.name}, {other.name})"

class B(A):
    def __radd__(self, other):
        return f"B.__radd__({self.name}, {other.name})"
    def __gt__(self, other):
        return f"B.__gt__({self.name}, {other.name})"

class C(A):
    pass

a, b, c = A("a"), B("b"), C("c")
print(a + b)
print(b + a)
print(a + c)
print(c + a)
print(a < b)
print(b < a)
print(a < c)

class D(B):
    def __radd__(self, other):
        return NotImplemented
print(a + D("d"))

class N:
    def __add__(self, other):
        return NotImplemented
class M(N):
    def __radd__(self, other):
        return "M.__radd__"
print(N() + M())
print(M() + N() if False else "skip")
try:
    N() + N()
except TypeError as e:
    print(e)

class I(int):
    def __radd__(self, other):
        return "I.__radd__"
    def __rsub__(self, other):
        return NotImplemented
print(1 + I(2))
print(I(2) + 1)
print(5 - I(2))
print(True + I(2))
