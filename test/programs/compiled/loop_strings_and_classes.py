# Hot loops that grow strs in place, call builtin classes (range, int, str, tuple, super) and
# Python classes: the ids and sizes CPython shows.
import sys

def grow(n):
    s = "x" * 10
    same = 0
    before = id(s)
    for i in range(n):
        s += "y"
        if id(s) == before:
            same += 1
        before = id(s)
    return len(s), same > n // 2, sys.getsizeof(s)

print(grow(3000))

def shared(n):
    s = "ab"
    keep = s
    ids = set()
    for i in range(n):
        s = s + "c"
        ids.add(id(s) == id(keep))
    return len(s), sorted(ids), keep

print(shared(1500))

class Base:
    def __init__(self, v):
        self.v = v

class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)

def build(n):
    total = 0
    for i in range(n):
        for j in range(i % 4):
            total += j
        total += int(i / 3) + int(-2.5) + len(str(i)) + len(tuple(range(i % 5)))
        total += Child(i).v + Base(i).v
    return total

print(build(2000))

def errors(n):
    bad = 0
    for i in range(n):
        try:
            int("x" if i % 300 == 0 else "12")
        except ValueError:
            bad += 1
    return bad

print(errors(1500))
