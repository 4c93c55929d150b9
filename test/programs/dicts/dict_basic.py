# Creating, reading, writing and deleting dict items; insertion order is kept.
d = {"b": 2, "a": 1}
d["c"] = 3
d["b"] = 20
print(d, len(d), d["a"], "c" in d, "z" not in d)
del d["a"]
d["a"] = 100
print(d, list(d))
e = {}
for word in "one two three two one one".split():
    e[word] = e.get(word, 0) + 1
print(e)
keys = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(keys)
print(keys[1], keys[(1, 2)], keys[None], keys[frozenset({1})])
print({"x": 1} == {"x": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == {})
