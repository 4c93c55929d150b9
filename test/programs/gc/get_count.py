# gc.get_count(): (allocations - deallocations of GC objects, gen-0 collections, gen-1 collections).
import gc

gc.disable()
gc.collect()
c0 = gc.get_count()
a = []
c1 = gc.get_count()
b = [[], [], {}]
c2 = gc.get_count()
del b
c3 = gc.get_count()
x = 1.5
y = "text" * 3
z = 10 ** 30
c4 = gc.get_count()
print(c0, c1, c2, c3, c4)

gc.collect(0)
c5 = gc.get_count()
gc.collect(0)
c6 = gc.get_count()
gc.collect(1)
c7 = gc.get_count()
gc.collect(0)
c8 = gc.get_count()
gc.collect(2)
c9 = gc.get_count()
print(c5, c6, c7, c8, c9)

many = [[i] for i in range(1000)]
print(gc.get_count()[0] >= 1000, gc.isenabled())
gc.enable()
print(gc.isenabled())
