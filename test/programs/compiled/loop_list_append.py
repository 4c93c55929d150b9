# l.append(x) in compiled loops: an exact list written in place while it has room, grown as
# CPython grows it (sizes), the counts of what it holds; a subclass's own append, an object
# whose `append` is an attribute, and list.append called on another type.
import sys


def fill(n):
    out = []
    sizes = []
    for i in range(n):
        out.append(i * 2)
        if len(out) in (1, 5, 9, 17, 100, 1000):
            sizes.append(sys.getsizeof(out))
    return out, sizes


out, sizes = fill(1000)
print(len(out), out[:5], out[-1], sizes, sys.getrefcount(out))

item = "shared" + str(len(out))
before = sys.getrefcount(item)
keep = []
for _ in range(300):
    keep.append(item)
print(sys.getrefcount(item) - before)
del keep
print(sys.getrefcount(item) - before)


class Negating(list):
    def append(self, x):
        list.append(self, -x)


def push(n, target):
    for i in range(n):
        target.append(i)
    return target


print(push(200, Negating())[:4], len(push(300, [])))


class Box:
    def __init__(self):
        self.seen = []
        self.append = self.seen.insert.__get__ if False else (lambda x: self.seen.insert(0, x))


b = push(150, Box())
print(b.seen[:3], len(b.seen))
try:
    for i in range(200):
        (list.append)((), i)
except TypeError as e:
    print("TypeError:", e)
