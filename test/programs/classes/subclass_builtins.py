# Subclasses of builtin types: construction, behaviour, extra attributes and sizes.
import sys

class L(list):
    def total(self):
        return sum(self)
class D(dict):
    def __missing__(self, key):
        return key * 2
class I(int):
    def double(self):
        return I(self * 2)
class S(str):
    def shout(self):
        return self.upper() + "!"
class T(tuple):
    def first(self):
        return self[0]
class F(float):
    pass
class X(object):
    pass

l = L([1, 2, 3])
l.append(4)
l.tag = "numbers"
print(l, l.total(), len(l), l.tag, type(l).__name__, isinstance(l, list))
d = D(a=1)
print(d["a"], d["zz"], d, len(d), type(d) is D)
i = I(21)
print(i, i.double(), type(i.double()).__name__, i + 1, type(i + 1).__name__, i == 21, hash(i) == hash(21))
i.note = "x"
print(i.note, I(), I("12"), I("ff", 16))
s = S("hey")
print(s, s.shout(), len(s), s + "!", type(s + "!").__name__, s == "hey", repr(s))
t = T((1, 2, 3))
print(t, t.first(), len(t), t[1:], type(t[1:]).__name__, T(), T("ab"))
f = F(2.5)
print(f, f * 2, F(), F("1.5"), type(f).__name__)
x = X()
x.a = 1
print(x.a, X.__bases__, X.__mro__)
print(sys.getsizeof(I(5)), sys.getsizeof(I(2**40)), sys.getsizeof(L()), sys.getsizeof(D()))
print(sys.getsizeof(T((1, 2))), sys.getsizeof(F(1.0)), sys.getsizeof(X()), sys.getsizeof(S("ab")))
for cls in (L, D, I, S, T, F, X):
    print(cls.__name__, cls.__basicsize__, cls.__itemsize__, cls.__dictoffset__, cls.__weakrefoffset__, hex(cls.__flags__ & 0xff07f7f0))
print(I(7).__dict__, vars(l), l.__dict__ is vars(l))
