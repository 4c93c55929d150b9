# Callbacks run when the referent dies, newest first, with the dead weak reference.
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def report(tag):
    def cb(wr):
        print("callback", tag, wr(), wr in refs)
    return cb

c = C("c")
refs = [weakref.ref(c, report(i)) for i in range(4)]
plain = weakref.ref(c)
print("count", weakref.getweakrefcount(c))
del c
print("after del")

# A callback sees the object gone and may drop other weak references.
a = C("a")
keep = []
def first(wr):
    print("first: deleting the other ref")
    keep.clear()
keep.append(weakref.ref(a, lambda wr: print("second")))
w1 = weakref.ref(a, first)
del a

# A weak reference that dies before its referent never calls back.
b = C("b")
w = weakref.ref(b, lambda wr: print("never"))
del w
del b

# Exceptions in callbacks are reported and the others still run.
class Noisy:
    def __repr__(self):
        return "<Noisy callback>"
    def __call__(self, wr):
        raise ValueError("callback failed")
d = C("d")
w2 = weakref.ref(d, Noisy())
w3 = weakref.ref(d, lambda wr: print("after the failing one"))
del d
print("end")
