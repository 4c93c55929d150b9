# sys.getsizeof of a dict after k insertions of str keys.
import sys
d = {}
sizes = [sys.getsizeof(d)]
for k in range(90):
    d["key%d" % k] = k
    sizes.append(sys.getsizeof(d))
steps = [(k, sizes[k]) for k in range(len(sizes)) if k == 0 or sizes[k] != sizes[k - 1]]
print(steps)
for k in list(d):
    del d[k]
print("after deleting all", sys.getsizeof(d), len(d))
d.clear()
print("after clear", sys.getsizeof(d))
