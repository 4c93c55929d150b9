# sys.getsizeof of sets as items are added, and of set displays and constructors.
import sys
s = set()
sizes = [sys.getsizeof(s)]
for k in range(80):
    s.add(k)
    sizes.append(sys.getsizeof(s))
steps = [(k, sizes[k]) for k in range(len(sizes)) if k == 0 or sizes[k] != sizes[k - 1]]
print(steps)
print(sys.getsizeof(set(range(5))), sys.getsizeof({1, 2, 3, 4, 5}), sys.getsizeof(frozenset()))
print(sys.getsizeof(frozenset(range(5))), sys.getsizeof(set("abc")))
