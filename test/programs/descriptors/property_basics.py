import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(s):
    "fdoc"
    return 1
def g(s):
    return 2
p = property(f)
print(p.__doc__, p.fget is f, p.fset, p.fdel, p.__isabstractmethod__, sys.getsizeof(p), p.__get__(7))
q = p.setter(g)
print(q.fget is f, q.fset is g, q.fdel, q.__doc__, type(q).__name__)
r = q.deleter(g).getter(g)
print(r.fget is g, r.fset is g, r.fdel is g, r.__doc__)
print(property(f, doc="D").getter(g).__doc__, property(g).getter(f).__doc__)
t(lambda: p.__set__(1, 2))
t(lambda: p.__delete__(1))
t(lambda: property().__get__(1))
p.__set_name__(int, "nm")
t(lambda: p.__set__(1, 2))
t(lambda: p.setter(g).__delete__("s"))
t(lambda: property(1).__get__(1))
t(lambda: property(1, 2, 3, 4, 5))
t(lambda: property(fget=f, bogus=1))
t(lambda: property(f, fget=f))
t(lambda: p.getter())
t(lambda: p.getter(1, 2))
t(lambda: p.__set_name__(int))
t(lambda: setattr(p, "fget", g))
t(lambda: p.__get__(None, None))
print(p.__get__(None, int) is p)
p.__doc__ = "new"
print(p.__doc__)
del p.__doc__
print(p.__doc__)
calls = []
s = property(f, lambda o, v: calls.append((o, v)), lambda o: calls.append(o))
s.__set__("obj", 5)
s.__delete__("obj2")
print(calls)
def ab(s):
    pass
ab.__isabstractmethod__ = True
print(property(None, ab).__isabstractmethod__, property(f, None, ab).__isabstractmethod__)
