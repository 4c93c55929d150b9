# A larger C3 linearization (the classic example from the Python docs).
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass

for cls in (A, B, C):
    print(cls.__name__, " ".join(k.__name__ for k in cls.__mro__))

class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Twice(X, X): pass
except TypeError as e:
    print("TypeError:", e)
