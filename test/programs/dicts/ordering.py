# Dicts keep insertion order: updates keep positions, deletes and re-inserts move to the end.
d = {}
for key in ["zebra", "apple", "mango", 3, 1, 2]:
    d[key] = len(str(key))
print(list(d))
d["apple"] = "updated"
print(list(d.items()))
del d["zebra"]
d["zebra"] = "back"
print(list(d))
print(dict.fromkeys("hello"), list(dict.fromkeys([3, 1, 3, 2, 1])))
print({**{"x": 1, "y": 2}, "x": 3}, {k: None for k in "cab"})
