# list.sort and sorted() of exact strs of one byte a character (ASCII and Latin-1): prefixes
# padded with NUL look alike ("a" against "a\0"), long runs of keys sharing their first bytes,
# duplicates that are distinct objects keeping their order (plain and reverse), keys through
# key=, the empty list and one item, lists of many keys, and lists that mix in wider strs,
# str subclasses or other types (the general comparison).
import random

rng = random.Random(11)
syllables = ["ka", "lo", "mi", "ne", "ru", "\xe9t", "so", "v\xff", "de", "pa"]


def word(n):
    return "".join(rng.choice(syllables) for _ in range(n))


data = [word(rng.randrange(0, 6)) + ("=%d" % rng.randrange(40) if rng.random() < 0.5 else "") for _ in range(3000)]
s = sorted(data)
print(s[:6], s[-6:], len(s))
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
r = sorted(data, reverse=True)
print(r[:4], all(r[i] >= r[i + 1] for i in range(len(r) - 1)))

edge = ["b", "a", "", "ab", "a\x00", "a", "\xff", "\xe9t\xe9", "abcde", "abcdf", "abcd", "abcd\x00",
        "abcdef\x00", "abcdef", "abcdefg", "\x00", "\x00\x00", "\x7f", "\x80", "zzzzzzz", "zzzzzz"]
print(sorted(edge))
print(sorted(edge, reverse=True))

# Forty keys with the same first six bytes (more than an insertion run) and their tails.
same = ["prefix" + t for t in ["b", "a", "", "\xff", "ab", "a", "\x00"] * 6]
print(sorted(same))

# Equal strs that are distinct objects keep their order, forward and reversed.
x1 = "".join(["ka", "lo"])
x2 = "".join(["ka", "lo"])
x3 = "".join(["ka", "lo"])
lst = [x2, "mi", x1, "ka", x3, "kalo\x00"]
lst.sort()
print(lst, lst[1] is x2, lst[2] is x1, lst[3] is x3)
lst.sort(reverse=True)
print(lst, lst[2] is x2, lst[3] is x1, lst[4] is x3)
many = ["".join(["d", "up"]) for _ in range(50)] + ["a", "z"]
order = list(many)
many.sort()
print(many[0], many[-1], all(a is b for a, b in zip(many[1:-1], order[:50])))

# Keys computed by key=: items move with their str keys.
items = [(word(2), i) for i in range(200)]
by_key = sorted(items, key=lambda t: t[0])
print(by_key[:5], all(by_key[i][0] <= by_key[i + 1][0] for i in range(199)))
print(all(by_key[i][1] < by_key[i + 1][1] for i in range(199) if by_key[i][0] == by_key[i + 1][0]))

# Not one-byte exact strs throughout: the general comparison.
print(sorted(["b", "\u0101", "a", "\U0001f600", ""]))


class S(str):
    pass


print(sorted(["b", S("a"), "c"]))
try:
    sorted(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print(sorted([]), sorted(["only"]), sorted(["b", "a"]))
big = [word(3) for _ in range(20000)]
bs = sorted(big)
print(bs[0], bs[-1], bs == sorted(big, key=lambda w: w.encode("latin-1")))
