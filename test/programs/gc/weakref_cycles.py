# Weak references to garbage are cleared by the collector; callbacks run only for weak
# references that are not garbage themselves.
import gc
import weakref

class Thing:
    pass

gc.collect()
t = Thing()
t.me = t
r = weakref.ref(t, lambda ref: print("callback, dead:", ref() is None))
del t
print("collect:", gc.collect())
print(r())

u = Thing()
u.me = u
u.ref = weakref.ref(u, lambda ref: print("never printed"))
del u
print("collect:", gc.collect())
