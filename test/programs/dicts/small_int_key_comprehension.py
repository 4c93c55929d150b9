# MAP_ADD of exact one-digit int keys (a dict comprehension's stores into its GENERAL table):
# new keys across resizes, repeated keys (the same object, or an equal int that is another
# object), keys whose hashes collide (-1 and -2; a big int hashing like a small one), keys of
# other types with the same hash, the limits of one digit, and counts and GC tracking.
import gc
import sys

squares = {i: i * i for i in range(-10, 3000)}
print(len(squares), squares[-10], squares[2999], list(squares)[:4], list(squares)[-2:])

folded = {i % 7: i for i in range(100)}
print(folded)

print({k: k for k in [-1, -2, -1, -2, 0, -0]})
print({k: str(k) for k in [2 ** 30 - 1, -(2 ** 30 - 1), 2 ** 30, -(2 ** 30), 2 ** 30 - 1]})

alias = 2 ** 61 + 4            # hash(alias) == hash(5)
print(hash(alias) == hash(5), {k: type(k).__name__ for k in [5, alias, 5, alias]})
print({k: v for k, v in [(1, "int"), (True, "bool"), (1.0, "float"), (1, "int again")]})
print({k: v for k, v in [(True, "bool"), (1, "int")]}, {k: v for k, v in [(2.0, "f"), (2, "i")]})

first = int("1000")
second = int("1000")
base = sys.getrefcount(second)
kept = {k: "v" for k in [first, second]}
print([k is first for k in kept], sys.getrefcount(second) - base)

value = object()
vbase = sys.getrefcount(value)
many = {i % 3: value for i in range(30)}
print(len(many), sys.getrefcount(value) - vbase)
del many
print(sys.getrefcount(value) - vbase)

print(gc.is_tracked({i: i for i in range(5)}), gc.is_tracked({i: [i] for i in range(5)}))
print(gc.is_tracked({i: "s" for i in range(5)}), gc.is_tracked({0: 0, **{i: (i, [i]) for i in range(2)}}))
late = {i: (None if i < 4 else [i]) for i in range(6)}
print(gc.is_tracked(late), late)


class Loud:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


replaced = {k: Loud(n) for k, n in [(3, "a"), (4, "b"), (3, "c"), (4, "d")]}
print(sorted((k, v.name) for k, v in replaced.items()))
