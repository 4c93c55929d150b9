# Reference cycles through descriptor objects are reclaimed (the harness checks no block stays).
def f(*a):
    return a

s = staticmethod(f)
s.me = s
c = classmethod(f)
c.__dict__["loop"] = [c]
p = property(f)
p.__doc__ = [p]
d = {}
mp = type(int.__dict__)(d)
d["proxy"] = mp

class Node:
    __slots__ = ("next", "prop")

n = Node()
n.next = n
n.prop = property(lambda self: n)

class Holder:
    pass

h = Holder()
h.sup = super(Holder, h)
h.unbound = super(Holder)
h.unbound_bound = h.unbound.__get__(h)

print(s.me is s, c.loop[0] is c, p.__doc__[0] is p, d["proxy"]["proxy"] is mp, n.next is n)
print(repr(h.sup).replace("__main__.", ""), h.unbound_bound.__self__ is h)
del s, c, p, d, mp, n, h
print("done")
