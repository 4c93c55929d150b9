# d[key] = value in a compiled loop: exact str keys inserted and replaced, the replaced value
# released after the store, and the keys and dicts that take the general path.
import sys


class Noisy:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Noisy.log.append(self.name)


class Key(str):
    pass


class CountingDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 10)


def count(words, d):
    for w in words:
        d[w] = d.get(w, 0) + 1
    return d


def replace_noisy(n):
    d = {}
    for i in range(n):
        d["slot%d" % (i % 3)] = Noisy(i)
        d["same"] = d.get("same", 1)
    return len(Noisy.log), sorted(d), d["same"]


words = ("alpha beta gamma beta alpha delta " * 300).split()
print(sorted(count(words, {}).items()))
print(sorted(count(words, {"alpha": 100}).items()))
print(sorted(count([Key(w) for w in words[:50]], {}).items()))
print(sorted(count(words[:40], CountingDict()).items()))
print(sorted(count(list(range(30)) * 20, {}).items())[:5])


class Holder:
    pass


h = Holder()
print(sorted(count(words[:60], h.__dict__).items()))
print(replace_noisy(500), Noisy.log[:6])
# The table holds the first "alpha" as its key (one reference more), not the later ones.
d = count(words, {})
print(sys.getrefcount(words[0]), sys.getrefcount(words[6]), d["alpha"])
