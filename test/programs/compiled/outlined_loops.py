# An outer loop whose inner loops run long each time calls their compiled functions rather
# than compiling them inline: the inner loops leave at their ends, at a break, at a return,
# at an exception, and at a while loop's else clause; three levels; the values and counts are
# CPython's.
import sys


def sums(n):
    total = 0
    for i in range(n):
        for j in range(20):
            total += i * j
    return total


def breaks(n):
    found = []
    for i in range(n):
        for j in range(30):
            if j * i > 200:
                found.append(j)
                break
        else:
            found.append(-1)
    return sum(found), len(found)


def returns(n):
    for i in range(n):
        for j in range(25):
            if i == n - 7 and j == 3:
                return i, j
    return None


def raises(n):
    seen = 0
    try:
        for i in range(n):
            k = 0
            while k < 12:
                k += 1
                seen += 1
                if i == n - 2 and k == 5:
                    raise ValueError(seen)
    except ValueError as e:
        return e.args[0]


def whiles(n):
    out = 0
    for i in range(n):
        k = 0
        while k < 10:
            k += 1
            if k == i:
                break
        else:
            out += 1
    return out


def three(n):
    t = 0
    for a in range(n):
        for b in range(10):
            for c in range(10):
                t += a ^ b ^ c
    return t


def counts(n):
    o = object()
    before = sys.getrefcount(o)
    keep = []
    for i in range(n):
        row = []
        for j in range(12):
            row.append(o)
        keep.append(row)
    after = sys.getrefcount(o)
    del keep
    return after - before, sys.getrefcount(o) - before


print(sums(400))
print(breaks(400))
print(returns(400))
print(raises(400))
print(whiles(400))
print(three(300))
print(counts(300))
