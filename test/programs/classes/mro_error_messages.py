# Errors raised when a class statement asks for an impossible hierarchy.
class A: pass
class B(A): pass

try:
    class C(A, B): pass
except TypeError as e:
    print(e)

try:
    class D(1): pass
except TypeError as e:
    print(e)

try:
    class E(bool): pass
except TypeError as e:
    print(e)

class F(B): pass
print([k.__name__ for k in F.__mro__])
print(F.__base__.__name__, B.__base__.__name__, A.__base__.__name__, object.__base__)
