# add, discard, remove, pop, update, clear, copy.
s = set()
s.add(3)
s.add(3)
s.add(1)
print(sorted(s), len(s))
s.discard(99)
s.discard(3)
print(sorted(s))
s.update([5, 6], (7,), {8})
print(sorted(s))
s.intersection_update({1, 5, 6, 9})
print(sorted(s))
s.difference_update([5])
s.symmetric_difference_update({6, 42})
print(sorted(s))
t = s.copy()
t.add(100)
print(sorted(s), sorted(t))
popped = {"only"}.pop()
print(popped)
try:
    s.remove(12345)
except KeyError as e:
    print("KeyError:", e)
s.clear()
print(s, len(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
