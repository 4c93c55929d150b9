# Defining __eq__ without __hash__ makes instances unhashable; default hash is identity based.
class Default:
    pass

class EqOnly:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return self.k == other.k

class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.k)

class InheritsNone(EqOnly):
    pass

d1, d2 = Default(), Default()
print(len({d1, d2, d1}), d1 == d2)
print(EqOnly.__hash__, InheritsNone.__hash__)
try:
    {EqOnly(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(InheritsNone(2))
except TypeError as e:
    print("TypeError:", e)
s = {EqAndHash(1), EqAndHash(1), EqAndHash(2)}
print(len(s), EqAndHash(2) in s)
lookup = {EqAndHash("a"): 1}
print(lookup[EqAndHash("a")])

class ExplicitHashFromParent(EqOnly):
    __hash__ = object.__hash__
x = ExplicitHashFromParent(5)
print(len({x, x}), len({x, ExplicitHashFromParent(5)}))
