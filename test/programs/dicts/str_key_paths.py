# Exact str keys: get, [], in and replacing a value, with cached and uncached hashes,
# combined, split and GENERAL tables, subclasses, tracking and destructor order.
import gc

d = {}
for w in "the cat and the dog and the bird".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
fresh = "th" + "e"          # hash not computed yet
print(fresh in d, d[fresh], d.get("x" + "y"), d.get("zz", "dflt"))
d[fresh] = d[fresh]          # the same value: nothing changes
print(d["the"], len(d))

u = {"a": 1}
print(gc.is_tracked(u))
u["a"] = []                  # a value that may be tracked: the dict is tracked
print(gc.is_tracked(u))

class Missing(dict):
    def __missing__(self, key):
        return "missing " + key
m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)

mixed = {1: "one", "two": 2}  # a GENERAL table
mixed["two"] = 22
print(mixed["two"], mixed.get("two"), "two" in mixed, mixed.get("three", 3))

class S(str):
    pass
print(d.get(S("cat")), S("dog") in d)
d[S("cat")] = 7              # a str subclass key equal to "cat" replaces its value
print(d["cat"], type(list(d)[1]).__name__)

class P:
    pass
p = P()
p.x = 1
vars(p)["x"] = 5             # a split table
print(p.x, vars(p).get("x"), "x" in vars(p))

class Loud:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, sorted(k for k in holder))
holder = {"k": Loud("first")}
holder["k"] = Loud("second")
print("after replace")
try:
    d["nope"]
except KeyError as e:
    print("KeyError", e)
try:
    d.get()
except TypeError as e:
    print(e)
try:
    d.get("a", 1, 2)
except TypeError as e:
    print(e)
try:
    d.get(key="a")
except TypeError as e:
    print(e)
holder.pop("k")
print("end")
