# sys.getrefcount in the common cases (each count includes the call's own argument).
import sys
rc = sys.getrefcount

a = []
print("name", rc(a))
b = a
print("two names", rc(a))
del b
def f(x):
    return rc(x)
print("argument", f(a))
def g(x, y):
    return rc(x)
print("two arguments", g(a, a))
l = [a, a, a]
print("list items", rc(a))
t = (a,)
d = {"k": a, "j": a}
print("tuple and dict", rc(a))
del l, t, d
print("after del", rc(a), rc([]), rc(object()))
class C:
    def m(self):
        return rc(self)
c = C()
print("instance", rc(c), "in method", c.m())
c.attr = a
print("attribute", rc(a))
bm = c.m
print("bound method holds self", rc(c))
del bm
def outer():
    v = []
    def inner():
        return v
    return rc(v)
print("closure cell", outer())
for item in [a]:
    print("loop variable", rc(item))
def ret():
    r = []
    return r
print("return value", rc(ret()))
def local():
    loc = []
    return rc(loc)
print("local", local())
it = iter([a])
print("iterator over a list", rc(a))
del it
print("final", rc(a))
