# update from dicts, pairs and keywords; | and |= merging.
d = {"a": 1, "b": 2}
d.update({"b": 20, "c": 30})
print(d)
d.update([("d", 4), ("a", 10)])
d.update(e=5, f=6)
d.update()
print(d)
x = {"k": 1, "shared": "x"}
y = {"shared": "y", "z": 26}
print(x | y, y | x, x, y)
x |= y
print(x)
x |= [("pair", 2)]
print(x)
try:
    x | [("pair", 2)]
except TypeError as e:
    print("TypeError:", e)
try:
    d.update([("too", "many", "items")])
except ValueError as e:
    print("ValueError:", e)
