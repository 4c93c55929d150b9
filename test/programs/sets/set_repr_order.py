# Iteration order and repr of sets of small ints follow the hash table layout.
print({3, 1, 2}, {10, 5, 0}, set(range(10)), {-1, -2, 0})
s = set()
for v in (33, 1, 17, 2):
    s.add(v)
print(s, list(s))
print({1, 2, 3} | {9, 8}, {100, 7, 64})
print(set([5, 4, 3, 2, 1]), frozenset([2, 1]))
print(set("a"), {True, 2}, {(1, 2)}, {None})
