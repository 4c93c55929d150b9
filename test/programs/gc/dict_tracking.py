# Dicts start untracked, are tracked when something that may be part of a cycle goes in, and a
# dict the collector untracked is tracked again when a container is stored in it.
import gc
d = {}
d["x"] = 1
gc.collect()
print(gc.is_tracked(d))
d["self"] = d
print(gc.is_tracked(d))
del d
print(gc.collect())
e = {"a": 1}
gc.collect()
f = e.copy()
f["l"] = []
print(gc.is_tracked(e), gc.is_tracked(f))
print(gc.is_tracked({}), gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
