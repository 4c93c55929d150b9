# Inheritance: overriding, super(), C3 method resolution order and its errors.
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()

print(D().who())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
print(D.__bases__, D.__base__, issubclass(D, A), isinstance(D(), C), issubclass(A, D))
print(A.__subclasses__(), B.__subclasses__(), object.__subclasses__()[:0])

class O: pass
class X(O): pass
class Y(O): pass
class Z(X, Y): pass
print([k.__name__ for k in Z.__mro__])

for bases in ((A, B), (A, A), (X, Z)):
    try:
        type("Bad", bases, {})
    except TypeError as e:
        print("TypeError:", e)

class F(O): pass
class E(O): pass
class K1(F, E): pass
class K2(E, F): pass
try:
    class Q(K1, K2):
        pass
except TypeError as e:
    print("TypeError:", e)

class Base:
    greeting = "hello"
    def greet(self):
        return f"{self.greeting} from {type(self).__name__}"
class Child(Base):
    greeting = "hi"
class GrandChild(Child):
    pass
print(GrandChild().greet(), Base().greet(), GrandChild.greeting)
Child.greeting = "hey"
print(GrandChild().greet())
del Child.greeting
print(GrandChild().greet())
for bad in (bool, type(None), type(len)):
    try:
        class Sub(bad):
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError:", e)
