# In-place operators: __iadd__ mutating vs falling back to __add__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __add__(self, other):
        print("__add__")
        return Bag(self.items + other.items)

    def __iadd__(self, other):
        print("__iadd__")
        self.items.extend(other.items)
        return self

    def __repr__(self):
        return f"Bag({self.items})"

class FrozenBag:
    def __init__(self, items=()):
        self.items = tuple(items)

    def __add__(self, other):
        print("FrozenBag.__add__")
        return FrozenBag(self.items + other.items)

    def __repr__(self):
        return f"FrozenBag({self.items})"

b = alias = Bag([1])
b += Bag([2, 3])
print(b, alias is b)
b = b + Bag([4])
print(b, alias is b, alias)
f = f_alias = FrozenBag([1])
f += FrozenBag([2])
print(f, f_alias, f is f_alias)

class Counter:
    def __init__(self):
        self.n = 0
    def __iadd__(self, k):
        self.n += k
        return self
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return self

c = Counter()
c += 5
c *= 3
c -= 1
print(c.n)
try:
    c /= 2
except TypeError as e:
    print("TypeError:", e)
