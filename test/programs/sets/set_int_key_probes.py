# Adding exact ints to sets: equal hashes of unequal ints, equal keys of other types,
# dummies left by removals, and a key whose __eq__ changes the set while it is compared.
s = {-1, -2, 2**61, 1, 2**61 + 1, 2**61 - 1, 0, -(2**61)}
print(sorted(s), len(s))
s.add(-2); s.add(-1); s.add(1); s.add(0); s.add(2**61)
print(sorted(s), len(s))
t = {1.0, 2.5, True, 3}
t.add(1); t.add(3); t.add(2)
print(sorted(t, key=repr), [type(x).__name__ for x in sorted(t, key=repr)])
u = {x % 7 for x in range(-50, 50)}
print(u, len(u))
v = set(range(20))
for x in range(0, 20, 2):
    v.discard(x)
for x in range(40, 0, -3):
    v.add(x)
print(v, list(v))
w = {x * 1000003 % 1009 for x in range(3000)} | {x % 1009 for x in range(-5, 5)}
print(len(w), min(w), max(w), list(w)[:12])

class Sneaky:
    def __init__(self, target):
        self.target = target
    def __hash__(self):
        return 5
    def __eq__(self, other):
        self.target.add(1000 + len(self.target))
        return False

x = set()
x.add(Sneaky(x))
x.add(5)
x.add(5)
print(len(x), sorted(k for k in x if type(k) is int))
y = {5, 2**61 + 4, 3}
y.add(5); y.add(2**61 + 4)
print(sorted(y), len(y))
