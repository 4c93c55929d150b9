# range(n) called in a compiled loop and iterated there: the range object is made, its
# iterator taken, and the range released, each block as CPython takes and gives it back; a
# global `range` bound to something else, other arguments and errors take the general path.
import builtins
import sys


def inner_counts(n):
    total = 0
    for i in range(n):
        for _ in range(i % 5):
            total += 1
        for k in range(i - 3):
            total += k
    return total


print(inner_counts(400))


def block_reuse(n):
    # A range object freed just before: the next range(k) takes its block, its iterator
    # another, and the range's block goes back first; so a range made after the loop takes
    # the iterator's block, not the first range's.
    same = 0
    for i in range(n):
        r = range(7)
        a = id(r)
        del r
        for _ in range(3):
            pass
        r2 = range(8)
        if id(r2) == a:
            same += 1
        del r2
    return same


print(block_reuse(300))


def stop_counts(n):
    # The stop's references: the range holds one while it lives; the loop's end leaves none.
    big = 2 ** 20 + 3
    before = sys.getrefcount(big)
    seen = 0
    for i in range(n):
        for _ in range(big):
            seen += 1
            break
    return seen, sys.getrefcount(big) - before


print(stop_counts(300))


def other_arguments(n):
    out = []
    for i in range(n):
        k = i % 6
        if k == 0:
            arg = 2 ** 40
        elif k == 1:
            arg = -3
        elif k == 2:
            arg = True
        elif k == 3:
            arg = 2 ** 30 - 1
        else:
            arg = i
        c = 0
        for _ in range(arg):
            c += 1
            if c > 3:
                break
        out.append(c)
    return sum(out), out[:12]


print(other_arguments(300))


def errors(n):
    caught = []
    for i in range(n):
        arg = 2.5 if i % 100 == 99 else ("x" if i % 100 == 98 else 2)
        try:
            for _ in range(arg):
                pass
        except TypeError as e:
            caught.append(str(e))
    return caught


print(errors(300))


def rebound(n):
    global range
    out = []
    real = range
    for i in range(n):
        if i == 150:
            range = lambda k: [k, k]
        if i == 200:
            del range
        if i == 250:
            builtins.range = lambda k: (k,)
        if i == 260:
            builtins.range = real
        for v in range(3):
            out.append(v)
    return len(out), sorted((v, out.count(v)) for v in set(out))


print(rebound(300))
