# What a hot loop leaves in reference counts, and what Python code run from inside it sees.
import sys

class Tracked:
    seen = []
    def __init__(self, name):
        self.name = name
    def __del__(self):
        # Runs when the loop's store replaces the local: the counts it sees are CPython's.
        Tracked.seen.append((self.name, sys.getrefcount(probe), sys.getrefcount(shared)))

probe = object()
shared = [1, 2, 3]

def replace(n):
    x = None
    for i in range(n):
        y = shared
        x = Tracked(i) if i % 400 == 0 else x
        z = (probe, y, probe)
    return sys.getrefcount(probe), sys.getrefcount(shared), len(z)

print(replace(2000))
print(Tracked.seen[:3], len(Tracked.seen))

def walrus(n):
    a = 1
    total = 0
    for i in range(n):
        total += a + (a := i % 9)
    return total, a

print(walrus(2000))

def counts_inside(n):
    seen = set()
    v = [0]
    for i in range(n):
        w = v
        seen.add(sys.getrefcount(v))
        seen.add(sys.getrefcount(w))
    return sorted(seen)

print(counts_inside(1500))

def swap(n):
    a, b = [1], [2]
    for i in range(n):
        a, b = b, a
    return a, b, sys.getrefcount(a), sys.getrefcount(b)

print(swap(1501))

class Watch:
    seen = []
    def __del__(self):
        # Runs while the loop's STORE_ATTR releases the replaced value: the owner's count then.
        Watch.seen.append(sys.getrefcount(holder))

class Holder:
    pass

holder = Holder()

def replace_attr(n):
    h = holder
    for i in range(n):
        h.value = Watch() if i % 500 == 0 else i
    return len(Watch.seen)

print(replace_attr(2000), sorted(set(Watch.seen)))

class Probe:
    seen = []
    def __del__(self):
        # Runs while the loop releases the subscript's dying list: the index's count then.
        Probe.seen.append(sys.getrefcount(key))

key = 10 ** 6

def subscript_release(n):
    k = 1
    total = 0
    for i in range(n):
        total += [Probe(), key][k] if i % 400 == 0 else 0
    return total, len(Probe.seen), sorted(set(Probe.seen))

print(subscript_release(2000))
