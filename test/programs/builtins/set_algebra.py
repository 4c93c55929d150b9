# Set algebra on course enrolments (sorted before printing).
math = {"ann", "bob", "cy", "dan"}
physics = {"bob", "dan", "eve"}
art = {"ann", "fay"}
print(sorted(math | physics), sorted(math.union(physics, art)))
print(sorted(math & physics), sorted(math.intersection(physics, {"dan"})))
print(sorted(math - physics), sorted(physics.difference(math)))
print(sorted(math ^ physics), sorted(math.symmetric_difference(art)))
print(math.isdisjoint(physics), art.isdisjoint(physics), {"bob"} <= math, {"bob"} < {"bob"})
print(math.issuperset({"ann", "cy"}), physics > {"eve"}, frozenset("ab") == {"a", "b"})
everyone = set()
for group in (math, physics, art):
    everyone |= group
print(len(everyone), sorted(everyone))
s = {3, 1, 2}
s.add(4)
s.discard(10)
s.remove(1)
print(sorted(s), s.pop() in {2, 3, 4}, len(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
nums = set(range(10))
nums -= {0, 1}
nums &= set(range(0, 10, 2))
nums ^= {100}
nums.update([7], (8,))
print(sorted(nums), sorted({x % 3 for x in range(10)}), 5 in frozenset(range(6)))
fs = frozenset([1, 2])
print({fs: "key"}[frozenset([2, 1])], sorted(fs | {3}), type(fs | {3}).__name__)
s2 = {1, 2}
s2.clear()
print(s2, set(), len({1, 1.0, True}))
