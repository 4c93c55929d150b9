# d.get(key, default) in compiled loops: an exact str in a dict of str keys found or not
# (the value's and the default's counts), and everything else through the general call: a
# dict with other keys, a str subclass key, a dict subclass's own get, an unhashable key.
import sys


def count(words, counts):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


words = "ka lo mi ka lo ka ne ru ta ka".split() * 50
print(sorted(count(words, {}).items()))
print(count(words[:3], {1: 2}))

marker = object()
table = {"x": [1], "y": [2]}
before = sys.getrefcount(marker), sys.getrefcount(table["x"])
got = []
for k in ["x", "q", "y", "z"] * 30:
    got.append(table.get(k, marker))
print(sum(g is marker for g in got), sys.getrefcount(marker) - before[0], sys.getrefcount(table["x"]) - before[1])
del got
print(sys.getrefcount(marker) - before[0], sys.getrefcount(table["x"]) - before[1])


class Key(str):
    def __hash__(self):
        return hash(str(self))


class Lookup(dict):
    def get(self, k, d=None):
        return ("own", k)


def fetch(d, keys, default):
    out = []
    for k in keys:
        out.append(d.get(k, default))
    return out


print(fetch({"a": 1, 2: "two"}, ["a", 2, "q"] * 40, None)[:4])
print(fetch({"ka": 5}, [Key("ka"), "ka", Key("no")] * 40, -1)[:3])
print(fetch(Lookup(a=1), ["a", "b"] * 60, 0)[:2])
try:
    fetch({"a": 1}, ["a"] * 100 + [["unhashable"]], 0)
except TypeError as e:
    print("TypeError:", e)
