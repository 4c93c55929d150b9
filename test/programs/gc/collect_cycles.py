# gc.collect() returns how many unreachable objects it found.
import gc

gc.collect()
print("nothing:", gc.collect())

l = []
l.append(l)
del l
print("self list:", gc.collect())

d = {}
d["me"] = d
del d
print("self dict:", gc.collect())

a = []
b = [a]
a.append(b)
del a, b
print("two lists:", gc.collect())

t = ([],)
t[0].append(t)
del t
print("tuple and list:", gc.collect())

ring = [[] for _ in range(5)]
for i in range(5):
    ring[i].append(ring[(i + 1) % 5])
del ring, i
print("ring of five:", gc.collect())

def f():
    pass
f.me = f
del f
print("function and its dict:", gc.collect())

keep = []
keep.append(keep)
print("reachable cycle:", gc.collect())
print("still there:", keep[0] is keep)
for gen in (0, 1, 2):
    x = []
    x.append(x)
    del x
    print("generation", gen, gc.collect(gen))
print(gc.collect(generation=1))
