# Hot loops calling small functions: their handlers, errors, unusual frames and tracebacks.
import sys

def area(w, h):
    return w * h + 0.5

def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

def checked(x):
    if x % 250 == 249:
        raise ValueError("bad %d" % x)
    return x

def with_del(x):
    y = x + 1
    del y
    return x

def defaults(x, y=3):
    return x + y

def make_adder(k):
    def add(x):
        return x + k
    return add

def gen(x):
    yield x

def refcount_probe(obj):
    return sys.getrefcount(obj)

def run(n):
    total = 0
    errors = 0
    add5 = make_adder(5)
    probe = [1]
    counts = set()
    for i in range(n):
        total += area(i, 2)
        total += safe_div(i, i % 4)
        try:
            total += checked(i)
        except ValueError:
            errors += 1
        total += with_del(i) + defaults(i) + defaults(i, y=1) + add5(i)
        total += next(gen(i))
        counts.add(refcount_probe(probe))
    return total, errors, sorted(counts)

print(run(2000))

def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)

def depth_loop():
    out = 0
    for i in range(1500):
        out += deep(3)
    return out

print(depth_loop())

def fails(v):
    return v["missing"]

def caller():
    acc = 0
    for i in range(1500):
        acc += area(i, i)
    for i in range(1500):
        acc += fails({"missing": i}) if i < 1400 else fails({})
    return acc

caller()
