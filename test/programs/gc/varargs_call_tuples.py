# The builtins that CPython 3.11 calls with their arguments in a tuple (METH_VARARGS: min, max,
# dir, vars, math.log, str.find and its kin, str.format, bytes.find and its kin, dict.update,
# the set operations, object.__new__): after a full collection has emptied the free lists, the
# first such call leaves a tuple of its argument count on the free list, which a new tuple of
# that size then takes instead of a new block. So do slot wrappers (`dict.__init__(d, x)`, a
# method-wrapper's `d.__init__(x)`, `int.__add__(3, 4)`). The others leave none.
import gc
import math
import sys


class C:
    pass


class K:
    def __call__(self, x, k=None):
        return x


o = C()
d = {1: 2}
s = {1, 2}
l = [3, 1, 2]
ba = bytearray(b"abc")
keep = [None]


def leaves_tuple(n, fn):
    gc.collect()
    fn()
    before = sys.getallocatedblocks()
    keep[0] = (o,) if n == 1 else (o, o) if n == 2 else (o, o, o)
    # (One block is the int `before` itself.)
    grown = sys.getallocatedblocks() - before
    keep[0] = None
    return grown == 1


cases = [
    ("min(a, b)", 2, lambda: min(3, 4)), ("max(a, b, c)", 3, lambda: max(1, 2, 3)), ("min(l, key=abs)", 1, lambda: min(l, key=abs)),
    ("dir(o)", 1, lambda: dir(o)), ("vars(o)", 1, lambda: vars(o)), ("math.log(8, 2)", 2, lambda: math.log(8, 2)),
    ("str.startswith", 1, lambda: "abc".startswith("a")), ("str.endswith 2", 2, lambda: "abc".endswith("b", 0, )),
    ("str.find", 1, lambda: "abc".find("b")), ("str.rfind", 1, lambda: "abc".rfind("b")), ("str.index", 1, lambda: "abc".index("b")),
    ("str.rindex", 1, lambda: "abc".rindex("b")), ("str.count", 1, lambda: "abc".count("b")), ("str.format", 2, lambda: "{} {}".format(1, 2)),
    ("bytes.find", 1, lambda: b"abc".find(b"b")), ("bytes.endswith", 1, lambda: b"abc".endswith(b"c")), ("bytearray.count", 1, lambda: ba.count(b"b")),
    ("dict.update", 1, lambda: d.update({})), ("set.union", 1, lambda: s.union(l)), ("frozenset.intersection", 1, lambda: frozenset(s).intersection(l)),
    ("set.difference_update", 1, lambda: s.copy().difference_update(l)), ("set.update", 1, lambda: s.copy().update(l)),
    ("object.__new__", 1, lambda: object.__new__(C)),
    ("dict.__init__ (2)", 2, lambda: dict.__init__({}, {})), ("dict.__init__ (1)", 1, lambda: dict.__init__({}, {})),
    ("d.__init__", 1, lambda: {}.__init__({})), ("int.__add__", 2, lambda: int.__add__(3, 4)), ("(3).__add__", 1, lambda: (3).__add__(4)),
    ("o.__eq__", 1, lambda: o.__eq__(o)), ("l.__getitem__", 1, lambda: l.__getitem__(0)),
    ("K()(1)", 1, lambda: K()(1)), ("K()(1, k=2)", 1, lambda: K()(1, k=2)), ("K().__call__(1)", 1, lambda: K().__call__(1)),
    ("len", 1, lambda: len(l)), ("sorted", 1, lambda: sorted(l)), ("isinstance", 2, lambda: isinstance(o, C)), ("getattr", 3, lambda: getattr(o, "x", 0)),
    ("str.split", 1, lambda: "a b".split(" ")), ("str.replace", 2, lambda: "abc".replace("a", "b")), ("str.join", 1, lambda: ",".join(["a"])),
    ("list.index", 1, lambda: l.index(1)), ("dict.get", 2, lambda: d.get(1, 0)), ("set.isdisjoint", 1, lambda: s.isdisjoint(l)),
    ("str.format_map", 1, lambda: "{a}".format_map({"a": 1})), ("int.to_bytes", 2, lambda: (5).to_bytes(2, "big")),
]
for name, n, fn in cases:
    print(name, leaves_tuple(n, fn))
print(min(5, 2, key=lambda v: -v), max("ab", "b"), "{0}{1}".format("x", 2), sorted({1, 2} | s.union([9])))
