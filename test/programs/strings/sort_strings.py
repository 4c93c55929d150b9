# Sorting strs: one-byte strs (ASCII and Latin-1) are compared as bytes, other kinds by code
# point, and a list with a str subclass by its __lt__.
words = ["kalo", "ka", "", "kalomi", "Ka", "é", "z", "ÿ", "e", "ée", "a\x00", "a", "~", "KA", "ka"]
print(sorted(words))
print(sorted(words, reverse=True))
print(sorted(words, key=str.lower))
mixed = words + ["€", "😀", "ā", "a€"]
print(sorted(mixed))
print(sorted(mixed, reverse=True)[:6])


class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)


print(sorted(["b", Rev("a"), "c"]), sorted([Rev("a"), Rev("c"), Rev("b")]))
big = ["w%05d" % ((i * 7919) % 1009) for i in range(1009)]
s = sorted(big)
print(s[:3], s[-3:], all(s[i] < s[i + 1] for i in range(len(s) - 1)))
ids = [(w, i) for i, w in enumerate(["b", "a", "b", "a"])]
print(sorted(ids, key=lambda p: p[0]))
l = ["pear", "apple", "fig"]
l.sort()
print(l, sorted("hello"), sorted(["ab", "a" * 40, "a" * 39 + "b"]))
