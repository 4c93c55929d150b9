# range(a, b) called in a compiled loop and iterated there, as range(n) is
# (loop_range_call.py): the range made from the two bounds, its iterator taken, the range
# released; references of the bounds, other arguments and a rebound name take the general path.
import builtins
import sys


def pair_counts(n):
    total = 0
    for i in range(n):
        for j in range(i % 9, 7):
            total += j
        for k in range(-3, i % 4):
            total += k
        total += len(range(i % 6, 4)) * 1000
    return total


print(pair_counts(600))


def bound_counts(n):
    # The bounds' references: the range holds one of each while it lives; none after the loop.
    lo = 2 ** 20 + 5
    hi = 2 ** 20 + 9
    before = sys.getrefcount(lo), sys.getrefcount(hi)
    seen = 0
    for i in range(n):
        r = range(lo, hi)
        if i == n - 1:
            seen = sys.getrefcount(lo) - before[0], sys.getrefcount(hi) - before[1], r.start is lo
        for _ in r:
            break
        del r
    return seen, sys.getrefcount(lo) - before[0], sys.getrefcount(hi) - before[1]


print(bound_counts(300))


def other_arguments(n):
    out = []
    for i in range(n):
        k = i % 5
        lo = (2 ** 40, -(2 ** 30), True, 0, i)[k]
        hi = lo + 3 if k != 1 else 2
        c = 0
        for v in range(lo, hi):
            c += 1
            if c > 5:
                break
        out.append(c)
    return sum(out), out[:10]


print(other_arguments(300))


def errors(n):
    caught = []
    for i in range(n):
        lo = 1.5 if i % 100 == 99 else 1
        try:
            for _ in range(lo, 4):
                pass
        except TypeError as e:
            caught.append(str(e))
    return caught


print(errors(300))


def rebound(n):
    out = []
    real = builtins.range
    for i in range(n):
        if i == 250:
            builtins.range = lambda a, b: (a, b)
        if i == 260:
            builtins.range = real
        for v in range(1, 3):
            out.append(v)
    return len(out), sorted((v, out.count(v)) for v in set(out))


print(rebound(300))
