# Augmented assignment to items evaluates the container and the index once.
calls = []
def idx(i):
    calls.append(i)
    return i

data = [1, 2, 3]
data[idx(0)] += 10
data[idx(2)] *= 5
print(data, calls)
d = {"a": 1}
d["a"] += 1
d["b"] = d.get("b", 0) + 1
d["b"] -= 10
print(d)
nested = {"k": [0, 0]}
nested["k"][1] += 7
print(nested)
m = [[1, 2], [3, 4]]
for row in m:
    row[0] **= 2
print(m)
s = [1, 2, 3]
s[1:2] += [7, 8]
s[::2] *= 1
s[:0] += "ab"
print(s)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
try:
    d["missing"] += 1
except KeyError as e:
    print("KeyError:", e)
