# sys.getrefcount counts the name bindings, container slots and the call's own argument.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
l = [a, a]
print(sys.getrefcount(a))
t = (a,)
print(sys.getrefcount(a))
d = {"k": a}
print(sys.getrefcount(a))
del l, t, d
print(sys.getrefcount(a))
del b
print(sys.getrefcount(a))
print(sys.getrefcount([]), sys.getrefcount(object()))
