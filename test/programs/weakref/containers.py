# WeakValueDictionary, WeakKeyDictionary and WeakSet drop entries whose object died.
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

a, b, c = Obj("a"), Obj("b"), Obj("c")
values = weakref.WeakValueDictionary({"a": a, "b": b})
values["c"] = c
print(len(values), sorted(values.keys()), values["a"], values.get("zz", "missing"))
del b
print(len(values), "b" in values, sorted(values.items(), key=lambda kv: kv[0]))
try:
    values["b"]
except KeyError as e:
    print("KeyError:", e)
# Dying during iteration: the removal waits until the loop ends.
seen = []
for key in values.keys():
    seen.append(key)
    if key == "a":
        del a
print(sorted(seen), len(values))
print(values.pop("c"), len(values), values.setdefault("d", c) is c)
copy = values.copy()
print(type(copy).__name__, list(copy.items()))
refs = values.valuerefs()
print(len(refs), refs[0].key, refs[0]())

k1, k2 = Obj("k1"), Obj("k2")
keys = weakref.WeakKeyDictionary()
keys[k1] = 1
keys[k2] = 2
print(len(keys), keys[k1], k2 in keys, sorted(keys.values()))
del k1
print(len(keys), [k.name for k in keys], keys.get(k2), keys.pop(k2), len(keys))

s1, s2, s3 = Obj("s1"), Obj("s2"), Obj("s3")
ws = weakref.WeakSet([s1, s2])
ws.add(s3)
print(len(ws), s1 in ws, 5 in ws)
del s2
print(len(ws), sorted(o.name for o in ws))
other = weakref.WeakSet([s1])
print(other <= ws, ws >= other, sorted(o.name for o in ws - other), len(ws | other), len(ws & other))
ws.discard(s1)
print(len(ws), ws.pop().name, len(ws))
