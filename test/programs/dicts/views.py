# keys, values and items views are live and support set operations.
d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i), len(k))
print("b" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
print(sorted(k & {"b", "x"}), sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print(k == {"b", "c", "d"}, sorted(i & {("c", 3)}), list(reversed(k)))
print(type(k).__name__, type(v).__name__, type(i).__name__)
for key, value in d.items():
    print(key, value)
