# -x in compiled loops: an exact int of one digit is negated in the loop's own code (the
# small-int cache for -5 .. 256, else an int of exact size); anything else takes the general
# path (two digits, floats, bools, an int subclass, a class with __neg__).
import sys


class MyInt(int):
    pass


class Neg:
    def __neg__(self):
        return "negated"


def negations(n):
    t = 0
    sizes = set()
    cached = 0
    for i in range(n):
        x = i - 300
        y = -x
        t += y
        sizes.add(sys.getsizeof(y))
        if y is int(str(y)):
            cached += 1
    return t, sorted(sizes), cached


print(negations(3000))


def edges(values):
    out = []
    for v in values:
        out.append(-v)
    return out


print(edges([0, 1, -1, 5, -256, 2**30 - 1, -(2**30 - 1), 2**30, 2**40, -(2**62)]))
print(edges([1.5, -0.0, True, False, MyInt(7)]), type(edges([MyInt(7)])[0]).__name__)
print(edges([Neg(), Neg()]))
try:
    edges([1, "x"])
except TypeError as e:
    print("TypeError:", e)
