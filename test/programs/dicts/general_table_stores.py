# Stores into a dict whose table is GENERAL (non-str keys) through MAP_ADD and d[k] = v:
# the same key object again, an equal key that is another object, same-hash keys with an
# __eq__ that runs code, deleted slots on the probe path, values that are containers (GC
# tracking), and a replaced value whose __del__ runs.
import gc

table = {i: i % 7 for i in range(40)}
inverse = {v: k for k, v in table.items()}
print(len(table), sorted(inverse.items()))

big = 10 ** 20
d = {big: "a", (1, 2): "t"}
d[big] = "b"                     # the same object
d[int("1" + "0" * 20)] = "c"     # equal, another object
d[(1, 2)] = "u"                  # equal tuple, another object
print(d)


class Key:
    def __init__(self, h, name):
        self.h, self.name = h, name

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("eq", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return self.name


a, b, a2 = Key(3, "a"), Key(3, "b"), Key(3, "a")
e = {a: 1, b: 2}
e[b] = 20                        # the same object, behind a same-hash key
e[a2] = 10                       # equal to a: compared
e[3] = "three"                   # same hash, never equal
print(e)

f = {k: k for k in range(20)}
for k in range(0, 20, 2):
    del f[k]
for k in range(20):
    f[k] = -k                    # absent keys behind deleted slots, present ones in place
print(f)

g = {1: None}
g[1] = [g]                       # a container value: g is tracked
print(gc.is_tracked(g), g[1][0] is g)
g[1] = None


class Loud:
    def __del__(self):
        print("del, g[1] is", g[1])


g[1] = Loud()
g[1] = "after"
print(g)
