# A weak-reference callback run by a collection gives the garbage's class a __del__: the same
# collection runs it (finalizers are looked for after the callbacks).
import gc, weakref
class Late:
    pass
class Probe:
    pass
def give_del(ref):
    print("callback: Late gets __del__")
    Late.__del__ = lambda self: print("late __del__", self.name)
a, b = Late(), Late()
a.name, b.name = "a", "b"
a.other, b.other = b, a
p = Probe()
a.probe = p
r = weakref.ref(p, give_del)
del a, b, p
print("collected", gc.collect())
