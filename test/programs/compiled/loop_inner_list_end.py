# The end of an inner loop over a list, in a compiled loop: the exhausted iterator lets go of
# its list there. A list held elsewhere stays; a list only the iterator held is freed at that
# moment, its items with it (their __del__ runs before the statement after the loop).
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def held(rows):
    total = 0
    for r in range(3):
        for x in rows:
            total += x
        print("after inner", r, sys.getrefcount(rows))
    return total


print(held([1, 2, 3]))


def temporary(n):
    for r in range(n):
        for item in list((Noisy("t%d-a" % r), Noisy("t%d-b" % r))):
            pass
        print("after inner", r)
        del item


temporary(2)


def made(n):
    out = []
    for r in range(n):
        for x in list(range(r)):
            out.append(x)
        out.append(-1)
    return out


print(made(5))
