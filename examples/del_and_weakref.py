"""When objects die: __del__, weak references and finalizers, in CPython 3.11's order.

Reference counting frees an object at the exact moment its last reference goes, so the
order of everything below is deterministic, and glasspy's is CPython's.
"""
import weakref


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ {self.name}")


print("1. __del__ runs when the last reference goes, not before:")
a = Noisy("a")
b = a
del a
print("  (a deleted, b still holds it)")
del b

print("2. Containers release their items: lists from the last item to the first,")
print("   dicts in insertion order (key, then value):")
items = [Noisy("list[0]"), Noisy("list[1]"), Noisy("list[2]")]
del items
table = {"k1": Noisy("value 1"), "k2": Noisy("value 2")}
del table

print("3. A weak reference does not keep its object alive; its callback runs once it is gone:")
target = Noisy("target")
ref = weakref.ref(target, lambda r: print("  callback: the ref is now dead:", r() is None))
print("  ref() is target:", ref() is target)
del target
print("  ref() after:", ref())

print("4. An instance dies in this order: __del__, then its weak references' callbacks,")
print("   then its attributes:")
outer = Noisy("outer")
outer.inner = Noisy("inner (an attribute)")
keep = weakref.ref(outer, lambda r: print("  callback for outer"))
del outer

print("5. __del__ may resurrect its object; it still runs only once:")
graveyard = []


class Phoenix:
    def __del__(self):
        print("  Phoenix.__del__ (stores itself)")
        graveyard.append(self)


Phoenix()
print("  alive again:", len(graveyard))
graveyard.clear()
print("  dropped again: no second __del__")

print("6. Weak containers forget what died:")
cache = weakref.WeakValueDictionary()
obj = Noisy("cached")
cache["key"] = obj
print("  'key' in cache:", "key" in cache)
del obj
print("  after del: 'key' in cache:", "key" in cache)

print("7. weakref.finalize: a callback tied to an object's death, or to exit:")
resource = Noisy("resource")
weakref.finalize(resource, print, "  finalize: resource released")
del resource
survivor = Noisy("survivor")
weakref.finalize(survivor, print, "  finalize at exit: survivor released")
print("end of program (the interpreter now shuts down)")
