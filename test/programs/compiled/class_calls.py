# Classes called from compiled code: instances made without a Python __init__, __init__ run
# compiled (its frame pushed by the call), __init__ that returns a value, raises, catches, or
# uses zero-argument super() (a free variable) and closures (a cell), and the counts and
# deallocation order of what they make.
import sys


class Pair:
    __slots__ = ("a", "b")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class Bad:
    def __init__(self, v):
        return v


class Fails:
    def __init__(self, v):
        if v % 7 == 0:
            raise ValueError(v)
        self.v = v


class Careful:
    def __init__(self, v):
        try:
            self.v = 10 // v
        except ZeroDivisionError:
            self.v = -1


class WithClosure:
    def __init__(self, v):
        def get():
            return v
        self.get = get


log = []


class Tracked:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        log.append(self.tag)


def build(n):
    total = 0
    for i in range(n):
        p = Pair()
        p.a = i
        p.b = p
        q = Point(i, -i)
        r = Point3(i, i, i)
        total += q.x + q.y + r.z + Careful(i % 3).v + WithClosure(i).get()
    return total


def failing(n):
    caught = 0
    for i in range(n):
        try:
            Fails(i)
        except ValueError:
            caught += 1
    return caught


def bad(n):
    messages = set()
    for i in range(n):
        try:
            Bad(i % 2)
        except TypeError as e:
            messages.add(str(e))
    return sorted(messages)


def counts(n):
    seen = set()
    for i in range(n):
        o = Point(i, i)
        seen.add(sys.getrefcount(o))
    return seen


def tracked(n):
    for i in range(n):
        t = Tracked(i)
    return len(log), log[:3], log[-1]


print(build(2000))
print(failing(2000))
print(bad(2000))
print(counts(2000))
print(tracked(2000))
print(Point3(1, 2, 3).__dict__)
Fails(14)
