# del o[k] on objects that cannot delete items: CPython words the error two ways, depending
# on whether the type has sequence methods and the key is an index.
class Plain:
    pass

class ReadOnly:
    def __getitem__(self, key):
        return key

cases = [
    ((1, 2), 0), ((1, 2), "k"), ((1, 2), 1.5), ("ab", 0), (b"xy", 1), (range(3), 0),
    (frozenset(), 0), (frozenset(), "k"), (5, 0), (None, "k"), (object(), 0),
    (Plain(), 0), (Plain(), "k"), (ReadOnly(), True), (ReadOnly(), "k"), (iter([]), 0),
    (type.__dict__, "k"), (type.__dict__, 0),
]
for target, key in cases:
    try:
        del target[key]
    except TypeError as e:
        print(e)
