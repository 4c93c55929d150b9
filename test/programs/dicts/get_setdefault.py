# get and setdefault.
d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", "default"), d.get("a", "unused"))
print(d.setdefault("a", 99), d.setdefault("b", []), d.setdefault("c"), d)
d.setdefault("b", []).append("x")
d.setdefault("b", []).append("y")
print(d)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
