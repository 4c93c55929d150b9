# A metaclass overriding mro(): the class's __mro__ is its result, checked for classes and layouts.
class Rev(type):
    def mro(cls):
        default = super().mro()
        print("mro() of", cls.__name__, [k.__name__ for k in default])
        return [default[0]] + default[1:][::-1] if len(default) > 2 else default
class A(metaclass=Rev): pass
class B(A): pass
class C(B): pass
print([k.__name__ for k in C.__mro__], [k.__name__ for k in C.mro()])
class Bad(type):
    def mro(cls):
        return [cls, 1, object]
try:
    class X(metaclass=Bad): pass
except TypeError as e:
    print("TypeError:", e)
class Bad2(type):
    def mro(cls):
        return [cls, int, object]
try:
    class Y(str, metaclass=Bad2): pass
except TypeError as e:
    print("TypeError:", e)
print(int.mro(), type.mro(type))
