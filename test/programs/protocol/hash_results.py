# What __hash__ may return and what hash() makes of it: the value itself when it fits
# 64 bits (-1 becoming -2), the int's hash when larger, a TypeError for non-ints; and a class
# hashing like a tuple finds the tuple's dict entries.
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [0, 7, -1, -2, 2**40, True, 2**70]:
    print(v, hash(H(v)))
for bad in ["x", 1.5, None]:
    try:
        hash(H(bad))
    except TypeError as e:
        print(e)

class IntSub(int):
    pass
print(hash(H(IntSub(12))))

print(hash(H(hash((1, 2)))) == hash((1, 2)))
class LikeTuple:
    def __hash__(self):
        return hash((1, 2))
    def __eq__(self, other):
        return other == (1, 2)
print({(1, 2): "found"}.get(LikeTuple()), {LikeTuple(): "v"}.get((1, 2)), hash(LikeTuple()) == hash((1, 2)))
