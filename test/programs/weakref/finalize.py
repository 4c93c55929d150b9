# weakref.finalize: called once, when the object dies, on demand, or at interpreter exit.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

def cleanup(name, *, how="normal"):
    print("cleanup", name, how)
    return "done " + name

r = Resource("r1")
f = weakref.finalize(r, cleanup, "r1", how="gc")
print(f.alive, f.atexit, f.peek()[1:] == (cleanup, ("r1",), {"how": "gc"}))
del r
print(f.alive, f(), f.peek(), f.detach())

r2 = Resource("r2")
f2 = weakref.finalize(r2, cleanup, "r2")
print(f2(), f2.alive, f2())
del r2

r3 = Resource("r3")
f3 = weakref.finalize(r3, cleanup, "r3")
obj, func, args, kwargs = f3.detach()
print(obj is r3, func is cleanup, args, kwargs, f3.alive)
del obj, r3

# Finalizers of objects still alive at exit run then, newest first, unless atexit is False.
keep = [Resource("e%d" % i) for i in range(3)]
for k in keep:
    weakref.finalize(k, cleanup, k.name, how="at exit")
quiet = Resource("quiet")
weakref.finalize(quiet, cleanup, "quiet").atexit = False
print(repr(f).endswith("; dead>"), "; for 'Resource' at 0x" in repr(weakref.finalize(keep[0], print)))
print("end of program")
