# A class body runs with the namespace __prepare__ returned: a dict subclass or any mapping.
class Ns(dict):
    def __getitem__(self, k):
        return super().__getitem__(k)
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return Ns()
class C(metaclass=Meta):
    a = 1
    b = a + 1
    del a
    def f(self): return __class__
print(C.b, hasattr(C, "a"), C().f() is C)
class Log:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): print("set", k); self.d[k] = v
    def __delitem__(self, k): del self.d[k]
class M2(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Log()
    def __new__(mcs, name, bases, ns): return super().__new__(mcs, name, bases, dict(ns.d))
class D(metaclass=M2):
    x = 5
    y = x * 2
print(D.y)
