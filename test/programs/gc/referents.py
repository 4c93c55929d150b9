# gc.get_referents / gc.get_referrers.
import gc

print(gc.get_referents([1, "a", None]))
print(gc.get_referents((1, 2, 3)))
print(gc.get_referents({"k": 1, "j": 2}))
print(gc.get_referents({1: "x"}))
print(gc.get_referents(1, "a", 2.5))
print(gc.get_referents([1], [2, 3]))
print(gc.get_referents())

target = ["target"]
holder = [target]
other = {"t": target}
refs = gc.get_referrers(target)
print(any(r is holder for r in refs), any(r is other for r in refs))
print(any(r is globals() for r in refs))
print(gc.get_referrers(12345678) == [] or all(isinstance(r, (list, dict, tuple)) for r in gc.get_referrers(12345678)))

class Box:
    pass
b = Box()
b.value = target
print(any(r is b.__dict__ or r is b for r in gc.get_referrers(target)))
print(Box in gc.get_referents(b))
