# `in` and `not in` in compiled loops: an exact str in a dict of str keys (present, absent,
# the table turning general), and everything else through the general path: a dict subclass's
# __contains__, a str subclass with its own __eq__ and __hash__, lists, sets, strs, errors.
class Key(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower()) if isinstance(other, str) else NotImplemented

    def __hash__(self):
        return hash(self.lower())


class Counting(dict):
    calls = 0

    def __contains__(self, key):
        Counting.calls += 1
        return dict.__contains__(self, key)


def count(words, table):
    hits = misses = 0
    for w in words:
        if w in table:
            hits += 1
        if w not in table:
            misses += 1
    return hits, misses


words = ["ka", "lo", "mi", "KA", "ne"] * 40
plain = {"ka": 1, "lo": 2}
print(count(words, plain))
print(count(words, Counting(plain)), Counting.calls)
print(count([Key("KA"), Key("Lo"), "mi"] * 40, plain))
mixed = dict(plain)
mixed[3] = "three"
print(count(words + [3, 4.0, (1, 2)], mixed))
print(count(words, ["ka", "ne"]), count(words, {"mi", "lo"}), count(words, "kalomi"))
try:
    count(words, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    count([[1]] + words, plain)
except TypeError as e:
    print("TypeError:", e)
