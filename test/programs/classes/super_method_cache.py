# super().name() at one site, with what it finds changing: the base's method replaced, the
# same code in two classes (a class factory), a subclass calling through, an attribute that is
# not a plain function, and the instance's class changed. Each loop runs long enough for the
# site's remembered lookup (and a compiled loop) to be used.
class A:
    def f(self):
        return "A"


class B(A):
    def f(self):
        return "B>" + super().f()


b = B()
seen = set()
for i in range(300):
    if i == 150:
        A.f = lambda self: "A2"
    seen.add(b.f())
print(sorted(seen))


def make(base):
    class X(base):
        def f(self):
            return "X>" + super().f()

    return X


class P:
    def f(self):
        return "P"


class Q:
    def f(self):
        return "Q"


X1, X2 = make(P), make(Q)
counts = {}
for i in range(300):
    r = (X1() if i % 3 else X2()).f()
    counts[r] = counts.get(r, 0) + 1
print(sorted(counts.items()))


class C(B):
    pass


class D(B):
    def f(self):
        return "D>" + super().f()


print([o.f() for o in (C(), D(), B())])


class S:
    f = staticmethod(lambda: "static")
    g = classmethod(lambda cls: cls.__name__)


class T(S):
    def f(self):
        return super().f()

    def g(self):
        return super().g()


t = T()
print({t.f() for _ in range(200)}, {t.g() for _ in range(200)})


class U(A):
    def f(self):
        return "U>" + super().f()


class V(A):
    def f(self):
        return "V>" + super().f()


u = U()
out = []
for i in range(300):
    if i == 100:
        A.f = lambda self: "A3"
    if i == 200:
        del A.f
        A.f = lambda self: "A4"
    out.append(u.f())
print(out[0], out[99], out[100], out[199], out[200], out[-1])
try:
    u.__class__ = V
    print(u.f())
except TypeError as e:
    print("TypeError", e)
