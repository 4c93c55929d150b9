# d[key] and d[key] = value in functions, where the eval loop reads and replaces the value of
# an exact str key of an exact dict directly: reference counts of the same and of a new value,
# a replaced value whose destructor reads and grows the dict, subclasses overriding the item
# methods, a missing key, str subclass keys, GENERAL and split tables, and GC tracking.
import gc
import sys


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
        counts[w] = counts[w]
    return counts


print(sorted(count("a b a c b a".split() * 3).items()))

d = {"k": 0}
v = object()
d["k"] = v
before = sys.getrefcount(v)


def store(d, key, value):
    d[key] = value
    return d[key]


print(store(d, "k", v) is v, sys.getrefcount(v) == before)
store(d, "k", 1)
print(sys.getrefcount(v) == before - 1, d["k"])


class Loud:
    def __del__(self):
        print("del sees", d["k"], sorted(d))
        d["added"] = True


d["k"] = Loud()
store(d, "k", "new")
print(sorted(d))


class Logged(dict):
    def __getitem__(self, key):
        print("getitem", key)
        return dict.__getitem__(self, key)

    def __setitem__(self, key, value):
        print("setitem", key, value)
        dict.__setitem__(self, key, value)


lg = Logged(a=1)
print(store(lg, "a", 2), lg)


def lookup(d, key):
    try:
        return d[key]
    except KeyError as e:
        return "KeyError " + repr(e.args[0])


print(lookup({"x": 1}, "y"), lookup({}, "y"), lookup({1: 2, "x": 3}, "x"), lookup({"x": 1}, 1))


class S(str):
    def __hash__(self):
        return str.__hash__(self)


print(store({"s": 1}, S("s"), 5), lookup({"s": 9}, S("s")))


class P:
    pass


p = P()
p.a = 1
print(store(vars(p), "a", 7), p.a)

u = {"a": 1}
store(u, "a", 2)
print(gc.is_tracked(u))
store(u, "a", [])
print(gc.is_tracked(u))
