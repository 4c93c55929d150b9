# __del__ in cycles: each finalizer runs once (PEP 442); a finalizer can resurrect.
import gc

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

gc.collect()
a = Loud("a")
b = Loud("b")
a.other = b
b.other = a
del a, b
print("collected", gc.collect() >= 2)
print(gc.garbage)

saved = []
class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)

p = Phoenix()
p.me = p
del p
print("first collect:", gc.collect())
print(len(saved), gc.is_finalized(saved[0]))
saved.clear()
print("second collect:", gc.collect())

class Once:
    def __del__(self):
        print("Once.__del__")
o = Once()
o.me = o
gc.collect()
print(gc.is_finalized(o))
del o
print(gc.collect() >= 1)
