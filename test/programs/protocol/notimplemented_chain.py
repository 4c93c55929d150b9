# How Python tries __op__ then the reflected __rop__, and subclass priority.
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
    def __radd__(self, other):
        print("A.__radd__")
        return "A handled it"
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B handled it"
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented

class SubA(A):
    def __radd__(self, other):
        print("SubA.__radd__")
        return "SubA first"

print(A() + B())
print(A() + SubA())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
a = A()
print(a == B())
print(a == a)
print(a != B())
print(1 + A())
