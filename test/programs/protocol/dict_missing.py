# dict subclasses with __missing__: a default-producing dict and a case-folding one.
class Tally(dict):
    def __missing__(self, key):
        return 0

class AutoTree(dict):
    def __missing__(self, key):
        value = self[key] = AutoTree()
        return value

class Fallback(dict):
    def __init__(self, fallback, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fallback = fallback
    def __missing__(self, key):
        print("missing", key)
        return self.fallback[key]

t = Tally()
for word in "the cat and the hat and the bat".split():
    t[word] += 1
print(sorted(t.items()), t["dog"], "dog" in t, t.get("dog"))
tree = AutoTree()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, isinstance(tree["a"], AutoTree))
f = Fallback({"colour": "red", "size": "M"}, size="L")
print(f["size"], f["colour"])
try:
    f["weight"]
except KeyError as e:
    print("KeyError:", e)
print(type(t).__name__, type(t) is dict, isinstance(t, dict), len(tree))
