# list.sort and sorted() of one-digit ints (below 2**30 in magnitude): ascending and reverse,
# duplicates keeping their order (stability shown through key= with distinct items), negative
# values, and lists that mix in bigger ints, bools or floats (the general comparison).
import random

rng = random.Random(7)
data = [rng.randrange(-(2**30) + 1, 2**30) for _ in range(2000)]
print(sorted(data)[:5], sorted(data)[-5:])
print(sorted(data, reverse=True)[:5])
small = [rng.randrange(-5, 6) for _ in range(40)]
print(sorted(small))
print(sorted(small, reverse=True))

# Stability: items sorted by a small-int key keep their order among equal keys.
words = ["w%d" % i for i in range(30)]
keyed = sorted(words, key=lambda w: int(w[1:]) % 4)
print(keyed)
print(sorted(words, key=lambda w: -(int(w[1:]) % 3), reverse=True))

# Equal values that are distinct objects keep their order.
a = int("1000")
b = int("1000")
pair = [b, 5, a, -1]
pair.sort()
print(pair, pair[2] is b, pair[3] is a)
pair.sort(reverse=True)
print(pair, pair[0] is b, pair[1] is a)

# Not one-digit ints throughout: the general comparison.
mixed = [3, 2**40, -2**35, 1, 0, -7]
print(sorted(mixed))
print(sorted([True, 2, 0, False, -1]))
print(sorted([3, 1.5, -2, 0.0, 2**31]))
edges = [2**30 - 1, -(2**30 - 1), 0, 1, -1, 2**29, -(2**29)]
print(sorted(edges), sorted(edges, reverse=True))
lst = list(range(100, 0, -1))
lst.sort()
print(lst[:3], lst[-3:], len(lst))
print(sorted([]), sorted([42]))
