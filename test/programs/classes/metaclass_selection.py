# Choosing the metaclass: the most derived one, conflicts, function metaclasses, bad __prepare__.
class Meta1(type): pass
class Meta2(type): pass
class A(metaclass=Meta1): pass
class B(metaclass=Meta2): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Meta3(Meta1, Meta2): pass
try:
    class D(A, metaclass=Meta2):
        pass
except TypeError as e:
    print("TypeError:", e)
class D2(A, metaclass=type):
    pass
print(type(D2).__name__)
class E(A, B, metaclass=Meta3):
    pass
print(type(E).__name__, [k.__name__ for k in type(E).__mro__])

def functional_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)
class F(metaclass=functional_meta):
    pass
print(F.made_by, type(F).__name__)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class G(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)
print(type.__prepare__("X", ()), type("Z", (), {}).__class__.__name__)
