# sys.getsizeof of a list after each append: CPython's over-allocation sequence.
import sys
a = []
sizes = [sys.getsizeof(a)]
for k in range(40):
    a.append(k)
    sizes.append(sys.getsizeof(a))
print(sizes)
changes = [(k, sizes[k]) for k in range(1, len(sizes)) if sizes[k] != sizes[k - 1]]
print(changes)
while a:
    a.pop()
print(sys.getsizeof(a))
b = []
b.extend([1, 2, 3])
b.extend([4, 5])
print(sys.getsizeof(b))
c = [0] * 5
c.insert(0, 1)
print(sys.getsizeof(c))
d = list(range(100))
for _ in range(80):
    d.pop()
print(sys.getsizeof(d))
