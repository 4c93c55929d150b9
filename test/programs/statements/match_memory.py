# What a match statement holds and allocates: references on the value stack while cases are
# tried, the captures' references, and the temporary objects MATCH_KEYS and MATCH_CLASS make
# (an object() sentinel, a set of seen names, a list of attributes) as tracemalloc sees them.
# (Positional class sub-patterns are left out of the tracemalloc part: CPython 3.11 keeps a new
# "__match_args__" str each time it looks the attribute up, which glasspy does not reproduce.)
import sys
import tracemalloc

subject = [10, 20]
match subject:
    case [a, b]:
        print("one case, in the body:", sys.getrefcount(subject))

match subject:
    case [1, _]:
        pass
    case [x, y]:
        print("second of three cases (copy popped):", sys.getrefcount(subject))
    case _:
        pass

payload = object()
box = {"k": payload}
before = sys.getrefcount(payload)
match box:
    case {"k": captured}:
        print("capture adds one reference:", sys.getrefcount(payload) - before)
del captured
print("after del:", sys.getrefcount(payload) - before)


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1.5, 2.5)


def match_point(p):
    match p:
        case Point(x=x, y=yy):
            return yy


def match_keys(d):
    match d:
        case {"k": v}:
            return v


tracemalloc.start()
# Each pattern is measured in three rounds and the last is printed: by then the free lists, and
# the measuring code's own objects, are in the same state under glasspy and CPython.
for round_number in range(3):
    peaks = []
    for f, arg in [(match_point, p), (match_keys, box), (match_keys, {"j": 1})]:
        f(arg)
        tracemalloc.reset_peak()
        current = tracemalloc.get_traced_memory()[0]
        f(arg)
        peaks.append(tracemalloc.get_traced_memory()[1] - current)
print("peak traced while matching: class pattern", peaks[0], "mapping pattern", peaks[1],
      "missing key", peaks[2])
tracemalloc.stop()

before = sys.getrefcount(p)
for _ in range(3):
    match_point(p)
print("subject references unchanged:", sys.getrefcount(p) - before)
