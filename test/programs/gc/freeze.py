# gc.freeze moves every tracked object to the permanent generation.
import gc

gc.collect()
print(gc.get_freeze_count())
a = [1]
gc.freeze()
print(gc.get_freeze_count() > 100, gc.get_count()[0])
print(a in gc.get_objects() or any(o is a for o in gc.get_objects()))
b = [2]
print(any(o is b for o in gc.get_objects(0)))
l = []
l.append(l)
del l
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(any(o is a for o in gc.get_objects(2)))
