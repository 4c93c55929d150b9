# "%s=%d" % (word, n): formats whose conversions are all bare %s and %d of exact one-byte strs
# and exact ints below 2**53 are written in one pass; everything else (bools, subclasses,
# wider strs, big ints, flags, a wrong argument count, results of under two characters)
# keeps the general path. The results' text, type, length and ASCII-ness, and the references.
import sys

class S(str):
    pass

class I(int):
    pass

cases = [
    ("%s=%d", ("kalo", 5)), ("%s=%d", ("ka", -12345678901)), ("%s=%d", ("\xe9", 2**53 - 1)),
    ("%s=%d", ("ab", 2**53)), ("%s=%d", ("ab", -(2**53))), ("%d%%", 5), ("%s", "xy"), ("%s", 70),
    ("%d", -7), ("%s", ""), ("a%s", ""), ("%s%s", ("ab", "")), ("%%", ()), ("%s", ("ab",)),
    ("%s %s", ("a", 0)), ("%d", True), ("%s", False), ("%s", S("sub")), ("%d", I(12)), ("%s", 2.5),
    ("%d", ("3",)), ("%s=%d", ("a", 1, 2)), ("%s=%d", ("a",)), ("%s", "\u0100x"), ("\xe9%s", "ab"),
    ("%5s", "ab"), ("%-3d|", 4), ("%s", ((1, 2),)), ("%s%", ("a",)), ("x%", ()), ("%x", 255),
    ("%s", [1]), ("%(a)s!", {"a": 1}), ("%s", {"a": 1}), ("abc", ()), ("abc", 5), ("%s-%s", (0, -0)),
    ("\u20ac%s", "ab"), ("%s", "\U0001f600"), ("%d-%d-%d", (10**15, -(10**15), 999999999999999)),
]
for fmt, args in cases:
    try:
        r = fmt % args
        print(ascii(r), type(r).__name__, len(r), r.isascii(), sys.getsizeof(r))
    except Exception as e:
        print(type(e).__name__, e)

word = "".join(["ka", "lo"])
n = 10**6 + 3
before = sys.getrefcount(word), sys.getrefcount(n)
lines = ["%s=%d" % (word, n) for _ in range(5)]
print(lines[0], lines[0] is not lines[1], sys.getrefcount(word) - before[0], sys.getrefcount(n) - before[1])

# "%s" % s is s itself in CPython (its writer keeps the one str it was given); other formats
# of it make a new str.
t = (word,)
wide = "".join(["\u0100", "\u0101"])
sub = S("sub")
print(("%s" % word) is word, ("%s" % t) is word, ("%s" % wide) is wide, ("%s" % sub) is sub,
      ("%s " % word) is word, (" %s" % word) is word, ("%.9s" % word) is word, ("%s" % "") == "")
print(("%3s" % word) is word, ("%5s" % word) is word, ("%.3s" % word) is word, ("%+s" % word) is word,
      ("%-4s" % word) is word, ("%s%s" % ("", word)) is word, ("%s%s" % (word, "")) is word,
      ("%(k)s" % {"k": word}) is word, ("%%%s" % word) is word, ("%s" % (word,)) is word)

class Fresh(dict):
    def __getitem__(self, key):
        return "".join(["fr", key])

print("%(sh)s" % Fresh(), "%(sh)s" % Fresh() == "frsh")
try:
    "%s" % (word, 1)
except TypeError as e:
    print(e, sys.getrefcount(word) - before[0])
