# super() with explicit arguments, and skipping classes in the MRO.
class A:
    def who(self):
        return "A"

class B(A):
    def who(self):
        return "B>" + super().who()

class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
print(c.who())
print(super(C, c).who())
print(super(B, c).who())
try:
    super(A, c).who()
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(C, 5)
except TypeError as e:
    print("TypeError:", e)
print(super(C, C).who(c))
