# sys.getsizeof of a dict after k insertions of int keys.
import sys
d = {}
sizes = [sys.getsizeof(d)]
for k in range(45):
    d[k] = None
    sizes.append(sys.getsizeof(d))
steps = [(k, sizes[k]) for k in range(len(sizes)) if k == 0 or sizes[k] != sizes[k - 1]]
print(steps)
mixed = {"a": 1}
print(sys.getsizeof(mixed))
mixed[1] = 2
print(sys.getsizeof(mixed))
print(sys.getsizeof(dict.fromkeys(range(100))))
