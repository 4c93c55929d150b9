# Stores and loads through cached sites release what they replace, in CPython's order.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    def __init__(self, v):
        self.v = v

    def __del__(self):
        print("del box", self.v.name if isinstance(self.v, Noisy) else type(self.v).__name__)


def put(box, v):
    box.v = v


def take(box):
    return box.v


b = Box(Noisy("first"))
for i in range(3):
    put(b, Noisy("n%d" % i))
print("stored", take(b).name)

# The owner is a temporary: the replaced value goes first, then the owner.
for i in range(2):
    put(Box(Noisy("old%d" % i)), Noisy("new%d" % i))
    print("--")

# The loaded value outlives its owner.
for i in range(2):
    v = take(Box(Noisy("kept%d" % i)))
    print("loaded", v.name)
    del v

# Reference counts stay exact through the cached paths.
obj = object()
base = sys.getrefcount(obj)
boxes = [Box(None) for _ in range(5)]
for box in boxes:
    put(box, obj)
print(sys.getrefcount(obj) - base)
for box in boxes:
    take(box)
print(sys.getrefcount(obj) - base)
del boxes
print(sys.getrefcount(obj) - base)
del b
print("end")
