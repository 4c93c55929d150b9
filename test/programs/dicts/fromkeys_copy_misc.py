# fromkeys, copy (shallow), clear, values lookup and comparison.
template = dict.fromkeys(["a", "b"], [])
template["a"].append(1)
print(template)
d = {"x": [1], "y": 2}
c = d.copy()
c["y"] = "changed"
c["x"].append("shared")
print(d, c)
print(d == {"y": 2, "x": [1, "shared"]}, d != c)
d.clear()
print(d, len(c), list(c.values()), sorted(c, reverse=True))
print(dict.fromkeys(range(3)), dict.fromkeys("ab", 0), {}.fromkeys([]))
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
