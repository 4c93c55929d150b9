# Cycles through every place a class puts what its instances refer to: __slots__ words over
# several classes, inline attribute values, a dict made from them, a dict after the items of
# an int or tuple subclass, a class that adds __weakref__ and a weakref subclass. The collector
# must find them (gc.get_referents shows the traversal order), clear them in order, and treat
# finalizers, weak-reference callbacks and resurrection exactly as CPython does.
import gc
import weakref


def show(objs):
    return [o if isinstance(o, (list, str, int)) and type(o) in (list, str, int) else type(o).__name__ for o in objs]


class A:
    __slots__ = ("x", "y")


class B(A):
    __slots__ = ("z", "__weakref__")


class D(B):
    pass


class Plain:
    pass


class Num(int):
    pass


class Pair(tuple):
    pass


print("-- referents")
b = B()
b.x, b.y, b.z = [1], [2], [3]
print(show(gc.get_referents(b)))
d = D()
d.x, d.z, d.w = [4], [5], [6]
print(show(gc.get_referents(d)))
p = Plain()
p.first, p.second = [7], [8]
print(show(gc.get_referents(p)))
p.__dict__  # the inline values become a dict
print(show(gc.get_referents(p)))
n = Num(12345678901234567890)
n.attr = [9]
print(show(gc.get_referents(n)))
t = Pair(([10], "s"))
t.extra = [11]
print(show(gc.get_referents(t)))
del b, d, p, n, t

print("-- cycles of each kind")
gc.collect()
gc.disable()


def cycle_slots():
    a, b = D(), D()
    a.z, b.x = b, a


def cycle_values():
    a, b = Plain(), Plain()
    a.other, b.other = b, a


def cycle_dict():
    a = Plain()
    a.me = a
    a.__dict__


def cycle_after_items():
    n = Num(7)
    n.me = n
    t = Pair((1, 2))
    t.me = t


for make, expected in ((cycle_slots, 2), (cycle_values, 2), (cycle_dict, 2), (cycle_after_items, 4)):
    make()
    print(make.__name__, gc.collect(), expected)

print("-- finalizers in collection order")


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, [o.name for o in self.refs])


def ring(names):
    objs = [Loud(n) for n in names]
    for i, o in enumerate(objs):
        o.refs = [objs[(i + 1) % len(objs)]]


ring("abcd")
print("collected", gc.collect())


class SlotLoud:
    __slots__ = ("name", "peer")

    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("slot del", self.name, self.peer.name)


s1, s2, s3 = SlotLoud("s1"), SlotLoud("s2"), SlotLoud("s3")
s1.peer, s2.peer, s3.peer = s2, s3, s1
del s1, s2, s3
print("collected", gc.collect())

print("-- weak references into garbage")


class Target(B):
    pass


def report(name):
    return lambda ref: print("callback", name, ref() is None)


keep = []
x, y = Target(), Target()
x.z, y.z = y, x
keep.append(weakref.ref(x, report("outside")))
y_ref_in_garbage = weakref.ref(y, report("inside"))
x.x = y_ref_in_garbage  # the weak reference is part of the garbage: no callback
del x, y, y_ref_in_garbage
print("collected", gc.collect())


class MyRef(weakref.ref):
    __slots__ = ("tag",)


class Holder:
    pass


h = Holder()
h.ref = MyRef(Holder())  # a weakref subclass instance inside a cycle
h.ref.tag = "tagged"
h.me = h
del h
print("collected", gc.collect())

print("-- resurrection")
saved = []


class Phoenix:
    __slots__ = ("peer", "__weakref__")

    def __del__(self):
        saved.append(self)


ph1, ph2 = Phoenix(), Phoenix()
ph1.peer, ph2.peer = ph2, ph1
del ph1, ph2
print("collected", gc.collect(), "saved", len(saved))
saved.clear()
print("collected again", gc.collect())

rescued = []


class Carrier:
    pass


def rescue(ref):
    rescued.append(ref)


c1, c2 = Carrier(), Carrier()
c1.other, c2.other = c2, c1
probe = Carrier()
c1.probe = probe
probe_ref = weakref.ref(probe, rescue)
del c1, c2, probe
print("collected", gc.collect(), "rescued", len(rescued), rescued[0]() is None)
gc.enable()
