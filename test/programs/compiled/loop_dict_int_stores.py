# d[key] = value in a compiled loop with int keys: one-digit keys inserted and replaced (the
# replaced value released by the store, before the loop goes on), keys of -1 (whose hash is
# -2), negative and two-digit keys, a key equal to a float or a bool already in the dict, a
# key whose class compares itself (its __eq__ runs), dict subclasses, growth, and tracking.
import gc
import sys


class Noisy:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Noisy.log.append(self.name)


def invert(table):
    d = {}
    for k, v in table.items():
        d[v] = k
    return d


table = {i: i % 97 for i in range(5000)}
inverse = invert(table)
print(len(inverse), inverse[0], inverse[96], sum(inverse.values()))


def replace_noisy(n):
    d = {}
    for i in range(n):
        d[i % 3] = Noisy(i)
        Noisy.log.append(-i)
    return len(d), sorted(d)


print(replace_noisy(600), Noisy.log[:9], len(Noisy.log))


def mixed_keys(n):
    d = {}
    for i in range(n):
        d[i % 7 - 3] = i
        d[-1] = d.get(-1, 0) + 1
        d[2**40 + i % 5] = i
        d[i % 300] = -i
    return len(d), d[-1], d[-3], d[2**40], d[299]


print(mixed_keys(3000))


def float_and_bool_keys(n):
    d = {1.0: "float", True: "bool?", 0: "zero"}
    for i in range(n):
        d[1] = i
        d[0] = -i
    return [(type(k).__name__, v) for k, v in d.items()]


print(float_and_bool_keys(2000))


class Equal:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value)

    def __eq__(self, other):
        Equal.calls += 1
        return other == self.value


def colliding(n):
    d = {Equal(5): "first"}
    for i in range(n):
        d[5] = i
        d[6] = i
    return len(d), Equal.calls, sorted((type(k).__name__, v) for k, v in d.items())


print(colliding(1500))


class Logged(dict):
    stores = 0

    def __setitem__(self, key, value):
        Logged.stores += 1
        super().__setitem__(key, value + 1)


def into(d, n):
    for i in range(n):
        d[i % 9] = i
    return d


print(sorted(into(Logged(), 2000).items())[:3], Logged.stores)
print(len(into({}, 2000)), len(into(dict.fromkeys(range(100)), 2000)))


def tracking(n):
    d = {}
    for i in range(n):
        d[i % 50] = i
    untracked = gc.is_tracked(d)
    for i in range(n):
        d[i % 50] = [i] if i == n - 1 else i
    return untracked, gc.is_tracked(d)


print(tracking(2000))


def counts(n):
    # Each new dict's first store and each growth go the general way: the value is counted
    # once per dict, whichever way its store went.
    value = "x" * 3
    before = sys.getrefcount(value)
    dicts = []
    for i in range(n):
        if i % 500 == 0:
            dicts.append({})
        dicts[-1][i % 4 + 8 * (i % 3)] = value
    return sys.getrefcount(value) - before, len(dicts), [len(d) for d in dicts]


print(counts(3000))
