# __del__ runs exactly when the last reference goes, once, and may resurrect its object.
import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = D("a")
b = a
print("drop one of two")
del a
print("drop the last")
del b
print("in a container")
l = [D("in list")]
l.pop()
print("popped and discarded")

saved = []
class Phoenix:
    deaths = 0
    def __del__(self):
        Phoenix.deaths += 1
        print("Phoenix.__del__", Phoenix.deaths)
        saved.append(self)
p = Phoenix()
del p
print("resurrected:", len(saved), type(saved[0]).__name__, sys.getrefcount(saved[0]))
saved.clear()
print("second death: no second __del__, deaths =", Phoenix.deaths)

import weakref
class W:
    def __del__(self):
        print("W.__del__ runs before the weakref callback")
w = W()
w.attr = D("attribute")
r = weakref.ref(w, lambda ref: print("callback, ref dead:", ref() is None))
del w
print("end")
