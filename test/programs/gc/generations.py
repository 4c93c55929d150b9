# Survivors move to the next generation; gc.get_objects(generation) shows where objects are.
import gc

def where(o):
    return [g for g in range(3) if any(x is o for x in gc.get_objects(g))]

gc.disable()
gc.collect()
x = [1]
print(where(x))
gc.collect(0)
print(where(x))
gc.collect(1)
print(where(x))
y = [2]
gc.collect(0)
print(where(x), where(y))
gc.collect(2)
print(where(y))
print(all(isinstance(s, dict) for s in gc.get_stats()), [sorted(s) for s in gc.get_stats()][0])
before = [s["collections"] for s in gc.get_stats()]
gc.collect(0)
gc.collect(1)
after = [s["collections"] for s in gc.get_stats()]
print([b - a for a, b in zip(before, after)])
l = gc.get_objects()
print(any(o is l for o in gc.get_objects()), any(o is l for o in l))
gc.enable()
