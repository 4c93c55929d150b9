# Mapping patterns: which types count as mappings, values fetched through `get` (a defaultdict
# makes no entry), `**rest`, keys equal as numbers, and keys given twice through attributes.
import collections


class LoudDict(dict):
    def get(self, key, default=None):
        print("  get", repr(key))
        return super().get(key, default)


match LoudDict(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("no")
    case {"a": a, "c": c, **rest}:
        print("a, c, rest:", a, c, rest, type(rest).__name__)

counts = collections.defaultdict(int, {"seen": 1})
match counts:
    case {"missing": _}:
        print("no")
    case {"seen": n}:
        print("seen", n, "and the defaultdict still has", sorted(counts))

match collections.OrderedDict(x=1, y=2):
    case {"y": y, **others}:
        print("OrderedDict", y, others)


class Keys:
    A = "a"
    B = "a"


try:
    match {"a": 1}:
        case {Keys.A: 1, Keys.B: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

match {1: "one", 2.0: "two", -3: "minus", None: "none", True: "yes"}:
    case {1.0: one, 2: two, -3: minus, None: nothing}:
        print(one, two, minus, nothing)


class NotAMapping:
    def __getitem__(self, key):
        return key

    def keys(self):
        return ["k"]


match NotAMapping():
    case {}:
        print("no")
    case _:
        print("a class with keys and __getitem__ is not a mapping")
