# DEBUG_SAVEALL keeps what a collection finds unreachable in gc.garbage.
import gc

print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
l = []
l.append(l)
d = {"name": "d"}
d["self"] = d
del l, d
print(gc.collect())
print(len(gc.garbage))
kinds = sorted(type(o).__name__ for o in gc.garbage)
print(kinds)
print(gc.collect())
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, list):
        print(o[0] is o)
    else:
        print(o["name"], o["self"] is o)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
