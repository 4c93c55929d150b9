# For-loop targets: tuples, nested tuples, subscripts; the variable survives the loop.
pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)
for i, (n, name) in enumerate(pairs, start=10):
    print(i, n, name)
slots = [0, 0, 0]
for slots[0] in range(3):
    pass
print(slots)
d = {}
for d["k"] in "xyz":
    pass
print(d)
for last in range(100):
    pass
print(last)
for a, *b in ["abc", "de"]:
    print(a, b)
for x in [[1, 2], [3]]:
    x.append(0)
    x = None
print(pairs, x)
