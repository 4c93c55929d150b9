# __build_class__: its argument errors, class bodies with closures, __prepare__ mappings, the __class__ cell.
def t(f):
    try: print(f())
    except Exception as e: print(type(e).__name__ + ":", e)
t(lambda: __build_class__())
t(lambda: __build_class__(1, "X"))
t(lambda: __build_class__(lambda: None, 1))
def outer(v):
    class Inner:
        value = v
        def get(self):
            return v, __class__.__name__
    return Inner
print(outer(5)().get(), outer(6).value)
class Log(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class M(type):
    @classmethod
    def __prepare__(m, name, bases):
        return Log()
class K(metaclass=M):
    a = 1
    b = 2
print(K.b, type(K.__dict__).__name__)
class Meta(type):
    def __new__(m, name, bases, ns):
        ns.pop('__classcell__', None)
        return super().__new__(m, name, bases, ns)
try:
    class Bad(metaclass=Meta):
        def f(self): return __class__
except RuntimeError as e:
    print("RuntimeError:", e)
class Other(type):
    def __new__(m, name, bases, ns):
        return super().__new__(m, name, bases, ns)
class W(metaclass=Other):
    def f(self): return __class__
print(W().f() is W)
