# More builtin subclasses: set, frozenset, bytes, bytearray, complex, exceptions, overridden dunders, sizes.
import sys
class St(set): pass
class Fz(frozenset): pass
class B(bytes): pass
class BA(bytearray): pass
class Cx(complex): pass
class R(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n
class DD(dict):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.count = len(kw)
class Bo(BaseException): pass
class Ki(KeyError): pass
class OE(OSError): pass
s = St([1, 2]); s.add(3); s.tag = 1
print(s, type(s | {4}).__name__, Fz([1]), type(Fz([1])).__name__, sys.getsizeof(St()), sys.getsizeof(Fz()))
b = B(b"ab"); b.x = 1
print(b, b.x, len(b), B(3), sys.getsizeof(B(b"abc")), B.__basicsize__, B.__dictoffset__)
print(BA(b"xy"), Cx(1, 2), Cx(1, 2).real, R(3), R(3).n, DD(a=1), DD(a=1, b=2).count)
print(repr(Bo("x")), repr(Ki("k")), str(Ki("k")), OE(2, "No such file"), type(OE(2, "x")).__name__)
class I(int):
    def __repr__(self): return "I<%d>" % self
print(repr(I(3)), I(3) + I(4), [I(1)], str(I(5)), f"{I(6)}")
class S(str):
    def __str__(self): return "S!"
print(str(S("a")), S("a"), "%s" % S("b"), S("abc")[1], S("x") * 2)
print(sys.getsizeof(S("ab")), sys.getsizeof(S("é")), sys.getsizeof(S("")))
class T2(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
t = T2(1, 2)
print(t, t[0], type(t).__name__, len(t), sys.getsizeof(t))
