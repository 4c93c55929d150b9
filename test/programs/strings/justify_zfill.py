# center, ljust, rjust, zfill and expandtabs.
for w in (0, 3, 10, 11):
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("abc".ljust(w, ".")), repr("abc".rjust(w)))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3), "".zfill(2))
print("a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), repr("\t".expandtabs(0)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
