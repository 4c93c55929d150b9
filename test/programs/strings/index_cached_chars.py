# s[i]: a Latin-1 character comes back as the cached one-character str (counts included), other
# kinds as new strs; subclasses' __getitem__, bool, large and __index__ indexes, and the errors.
import sys

words = ["kalo", "mi", "\xe9t\xe9", "a\u2603b", "x\U0001f600"]
for w in words:
    print(repr(w[0]), repr(w[-1]), w[0] is chr(ord(w[0])), w[-1] is chr(ord(w[-1])))

s = "ka" + "lo"
c = s[1]
before = sys.getrefcount(c)
kept = [s[1] for _ in range(10)]
print(sys.getrefcount(c) - before, all(x is c for x in kept))
del kept
print(sys.getrefcount(c) - before)

class S(str):
    def __getitem__(self, i):
        return "sub:" + str.__getitem__(self, i)

print(S("abc")[1], S("abc")[-3], type(S("abc")[1]).__name__)
print(s[True], s[False], s[-4], s[3])
for bad in [4, -5, 2 ** 40, -(2 ** 40), 2 ** 100, 1.0, None, "0"]:
    try:
        print(s[bad])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

class I:
    def __index__(self):
        return 2
print(s[I()], s[2 ** 30 - 2 ** 30 + 1], "" .join(s[i] for i in range(-4, 4)))
try:
    ""[0]
except IndexError as e:
    print("empty", e)
