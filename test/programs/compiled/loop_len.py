# len(x) in compiled loops: an exact str, list, tuple or dict has its length read in the
# compiled code, as CPython 3.11 specialises the call; any other object (a set, a subclass, a
# class with __len__, one without) goes through the builtin; a global or builtins.len that
# replaces the builtin mid-loop is called instead; lengths past the small ints are new ints.
import builtins
import sys


def lengths(items, n):
    total = 0
    for i in range(n):
        total += len(items[i % len(items)])
    return total


print(lengths(["", "a", "ab", "héllo", "日本語", "x" * 300], 3000))
print(lengths([[], [1], [1, 2, 3], list(range(1000))], 3000))
print(lengths([(), (1,), (1, 2), tuple(range(400))], 3000))
print(lengths([{}, {1: 2}, {"a": 1, "b": 2, "c": 3}, dict.fromkeys(range(500))], 3000))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class MyList(list):
    def __len__(self):
        return 99


print(lengths([{1, 2}, frozenset(), Sized(7), MyList([1]), b"abc", range(10), "ok"], 3000))


# Large lengths are new ints each time: their counts, and the values, are a Python int's.
def big_lengths(seq, n):
    seen = []
    for i in range(n):
        k = len(seq)
        if i % 1000 == 0:
            seen.append((k, sys.getrefcount(k) if k > 256 else None))
    return seen


print(big_lengths(list(range(70000)), 3000))
print(big_lengths("x" * 257, 3000))
print(big_lengths("y" * 256, 3000))


# The argument's reference: released after the call (the count of a list held only by the
# loop's local stays as it was).
def counts(n):
    held = [1, 2, 3]
    before = sys.getrefcount(held)
    total = 0
    for i in range(n):
        total += len(held)
    return before, sys.getrefcount(held), total


print(counts(3000))


# An object made for the call and released by it: its __del__ runs after the length is taken.
class Dying(list):
    deaths = 0

    def __del__(self):
        Dying.deaths += 1


def temporaries(n):
    total = 0
    for i in range(n):
        total += len(Dying([i, i]))
        total += len([i] * (i % 5))
    return total, Dying.deaths


print(temporaries(3000))


# A global named len replaces the builtin mid-loop, then goes away again.
def shadowed(n):
    global len
    found = []
    for i in range(n):
        if i == 1000:
            len = lambda s: -1
        if i == 2000:
            del len
        found.append(len("abc"))
    return found.count(3), found.count(-1)


print(shadowed(3000))


# builtins.len itself replaced mid-loop (by a Python function, then by another builtin), then
# put back.
def replaced(n):
    original = builtins.len
    found = []
    for i in range(n):
        if i == 1000:
            builtins.len = lambda s: "replaced"
        if i == 1500:
            builtins.len = sum  # another builtin function: called, not taken for len
        if i == 2000:
            builtins.len = original
        found.append(len([1, 2]))
    return found.count(2), found.count("replaced"), found.count(3)


print(replaced(3000))


# Errors from the general call: an object without len(), and a negative __len__.
class Negative:
    def __len__(self):
        return -1


def failing(n, bad):
    total = 0
    for i in range(n):
        total += len("abcd" if i < n - 1 else bad)
    return total


for bad in (5, None, Negative()):
    try:
        failing(3000, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)


# A keyword argument and a wrong count are the builtin's errors too.
def wrong(n):
    for i in range(n):
        if i == n - 1:
            return len("a", "b")
        len("ab")


try:
    wrong(3000)
except TypeError as e:
    print(e)

try:
    len(obj=[1])
except TypeError as e:
    print(e)

print(len("final"))
len(1 + "x" if False else 7)
