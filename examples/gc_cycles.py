# Reference cycles and the cycle collector, step by step.
#
# Reference counting frees an object when its count drops to zero, but objects that refer to
# each other keep each other's counts above zero: only the cycle collector reclaims them.
# Run with python3 and with glasspy: the output is the same.
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None


def where(obj):
    """The generation the collector keeps obj in."""
    for generation in range(3):
        if any(o is obj for o in gc.get_objects(generation)):
            return generation
    return None


gc.disable()          # no automatic collections: we decide when to collect
gc.collect()          # start from a clean slate (this also empties the free lists)
print("counts after a full collection:", gc.get_count())

# 1. Allocating container objects raises the generation-0 count.
before = gc.get_count()[0]
boxes = [[] for _ in range(10)]
print("11 new lists (10 boxes + the outer list):", gc.get_count()[0] - before)

# 2. A cycle: two nodes pointing at each other, then dropped.
a = Node("a")
b = Node("b")
a.partner = b
b.partner = a
print("a lives in generation", where(a))
del a, b
print("after del, reference counting freed nothing; collect(0) finds:", gc.collect(0))

# 3. Survivors grow older: each collection moves what it did not free to the next generation.
survivor = [1, 2, 3]
print("survivor starts in generation", where(survivor))
gc.collect(0)
print("after collect(0):", where(survivor))
gc.collect(1)
print("after collect(1):", where(survivor))
print("counts now:", gc.get_count())

# 4. A self-referencing list, found by a full collection.
loop = []
loop.append(loop)
del loop
print("self-referencing list, collect():", gc.collect())

# 5. Finalizers run once, before the cycle is broken.
class Noisy(Node):
    def __del__(self):
        print("  __del__ of", self.name)

x = Noisy("x")
y = Noisy("y")
x.partner, y.partner = y, x
del x, y
print("cycle of two finalizable nodes:")
found = gc.collect()
print("found", found > 0)

# 6. Watching collections happen: gc.callbacks.
def report(phase, info):
    if phase == "stop":
        print(f"  collected generation {info['generation']}: {info['collected']} objects")

gc.callbacks.append(report)
for _ in range(3):
    l = []
    l.append(l)
del l
gc.collect(0)
gc.callbacks.remove(report)
gc.enable()
