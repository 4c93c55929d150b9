# translate/maketrans, swapcase, count, encode, and string multiplication details.
table = str.maketrans("abc", "xyz", "d")
print("abcd-abcd".translate(table), str.maketrans({"a": "1"}) == {97: "1"})
print("hello".translate({ord("l"): None, ord("o"): "0"}))
print("Mississippi".count("ss"), "a-b-c".split("-", maxsplit=1), "x".join("12"))
print("ab" < "abc", "abc".__len__(), "abc".__contains__("b"), "abc" + "def" == "abcdef")
print("%s|%r" % ("str", "repr"), "abc".encode(), "tschüß".encode("latin-1"), "hi".encode("utf-16-le"))
print(str(b"\xc3\xa9", "utf-8"), b"caf\xc3\xa9".decode(), b"\xff".decode("latin-1"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
