# Hot loops that call functions, natives with keywords, methods, generators and dict views.
def square(x):
    return x * x

def gen(n):
    for i in range(n):
        yield i * 2

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Box:
    def __init__(self, v):
        self.v = v

def work(n):
    total = 0
    words = []
    d = {}
    for i in range(n):
        total += square(i) % 97
        words.append(str(i % 13))
        d[i % 17] = d.get(i % 17, 0) + 1
    for v in gen(n):
        total -= v
    for k, v in d.items():
        total += k * v
    keys = sorted(d, key=lambda k: -d[k], reverse=False)
    out = []
    for w in words:
        if w in ("3", "7"):
            out.append(w.upper() + w.zfill(3))
    p = Point(0, 0)
    b = Box(0)
    for i in range(n):
        p.x = p.x + i
        p.y -= 1
        b.v += p.y
    return total, keys[:3], len(out), out[:2], p.x, p.y, b.v, "".join(sorted(set(words)))

print(work(3000))

def fmt(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:03d}|{i / 7:.2f}|{-i}")
    return len(parts), parts[1234]

print(fmt(2000))
