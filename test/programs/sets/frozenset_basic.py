# frozenset: immutable, hashable, usable as a dict key or set member.
f = frozenset([3, 1, 2, 3])
print(sorted(f), len(f), 2 in f, f == {1, 2, 3}, type(f | {4}).__name__, type({4} | f).__name__)
print(sorted(f & {1, 9}), sorted(f - {1}), f.issubset(range(5)), f.issuperset([1]))
d = {f: "frozen key"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(nested), frozenset() == frozenset([]), frozenset("ab") == frozenset("ba"))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(repr(frozenset()), repr(frozenset([5])), hash(frozenset()) == hash(frozenset([])))
