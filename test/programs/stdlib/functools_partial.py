import functools
def g(a, b=1, **k):
    return (a, b, k)
p = functools.partial(g, 1, k=2)
print(repr(p).startswith('functools.partial(<function g at '), repr(p).endswith(', 1, k=2)'), p.args, p.keywords, p.func is g)
print(p(), p(5), p(b=7, k=3, extra=0))
q = functools.partial(p, 3, z=4)
print(q.args, q.keywords, q.func is g, q(), q(k=9))
print(functools.partial(len)([1, 2]), functools.partial(max, 5)(3, 9), functools.partial(int, base=2)('101'))
print(functools.partial(int, base=2)('11', base=3), repr(functools.partial(len)), functools.partial(print, sep='-').keywords)
class MyPartial(functools.partial):
    pass
mp = MyPartial(len)
print(repr(mp), mp([1]), type(mp).__name__, functools.partial.__module__, functools.partial(len).__dict__)
p.attr = 5; print(p.attr, p.__dict__)
inner = functools.partial(g, 1); inner.tag = 1
outer = functools.partial(inner, 2); print(outer.func is inner, outer.args)
for make in [lambda: functools.partial(), lambda: functools.partial(1)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
print(p.__reduce__()[0] is functools.partial, p.__reduce__()[2][1:3])
