# collections.defaultdict: grouping, counting, nested structures and default_factory.
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "bean"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(dict(by_letter))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["z"], "z" in counts)
graph = defaultdict(set)
for a, b in [("x", "y"), ("y", "z"), ("x", "z")]:
    graph[a].add(b)
    graph[b].add(a)
print({k: sorted(v) for k, v in sorted(graph.items())})
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(root["a"]["b"]["c"], list(root["a"]))
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(plain.default_factory, by_letter.default_factory)
dd = defaultdict(lambda: "n/a", {"known": "yes"})
print(dd["known"], dd["unknown"], len(dd))
print(repr(defaultdict(int, {"a": 1})), isinstance(dd, dict))
