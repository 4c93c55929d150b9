# Int keys in dicts and sets: equal ints that are different objects, hash collisions
# (-1 and -2), negative and multi-digit ints, bool/float/subclass keys that equal ints,
# and resizes through every index width with deletions in between.
import sys


class MyInt(int):
    pass


big = 10 ** 30
d = {}
d[big] = "a"
d[int("1" + "0" * 30)] = "b"          # equal, not identical
d[-1] = "m1"
d[-2] = "m2"                          # same hash as -1
d[2 ** 61 - 1] = "p"                  # hashes to 0
d[0] = "z"
d[True] = "t"                         # equal to 1
d[1.0] = "f"                          # equal to 1 too
d[MyInt(5)] = "s"
d[5] = "five"
d[-(2 ** 40)] = "neg"
print(sorted(d.items(), key=repr))
print(len(d), d[1], d[-1], d[-2], d[0], d[big], d[5])
print(type(list(d)[list(d).index(1)]).__name__)

s = set()
for x in (big, int("1" + "0" * 30), -1, -2, 2 ** 61 - 1, 0, True, 1.0, MyInt(5), 5, 1000, 999 + 1):
    s.add(x)
print(sorted(s, key=repr), len(s))
print({i % 1009 for i in range(0, 5000, 7)} == set(i % 1009 for i in range(0, 5000, 7)))

# growth through 1-, 2- and 4-byte index tables, with sizes and order checked
for n in (5, 6, 11, 86, 200, 22000, 50000):
    d = {}
    sizes = set()
    for i in range(n):
        d[i * 7 - n] = i
        sizes.add(sys.getsizeof(d))
    for i in range(0, n, 3):
        del d[i * 7 - n]
    d[-12345] = 1
    keys = list(d)
    print(n, len(d), sorted(sizes)[-3:], keys[:3], keys[-3:], sum(d.values()))
    t = {k: v for k, v in d.items()}
    print(sys.getsizeof(t), list(t) == keys)

# str-keyed table turned general by an int key, then resized
d = {str(i): i for i in range(20)}
d[7] = "seven"
for i in range(100):
    d[i + 1000] = i
print(len(d), list(d)[18:23], sys.getsizeof(d))

# a comparison that mutates the dict while an int key is looked up
class Evil:
    def __hash__(self):
        return 3

    def __eq__(self, other):
        victim.clear()
        return False


victim = {}
victim[Evil()] = 1
victim[3] = "three"
print(len(victim), victim.get(3))
