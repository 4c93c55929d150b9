# What split, rsplit, splitlines, partition and join return beyond their text: the list's
# allocation (sys.getsizeof), which pieces are the receiver or the argument themselves, and
# str subclass instances.
import sys


class S(str):
    pass


s = S("ab")
for r in [s.split("abc"), s.split("€"), s.split("x"), s.split(), s.rsplit("abc"), s.rsplit("€"), s.rsplit(),
          S("a b").split(), s.split(maxsplit=0), S(" ab ").split(maxsplit=0)]:
    print([type(p).__name__ for p in r], sys.getsizeof(r))
for args in [(), (None, 0), (None, 1), (None, 5), (None, 11), (None, 12), (None, 40), (" ",), (" ", 0), (" ", 3)]:
    for text in ["", "a", "a b", " ".join("abcdefghijklmnopqrstuvwxyz"), "  a  b  ", "é ü", "€ a €"]:
        r = text.split(*args)
        rr = text.rsplit(*args)
        print(args, repr(text[:8]), r[:3], rr[-3:], sys.getsizeof(r), sys.getsizeof(rr))
for text in ["", "a", "a\nb", "\n".join("abcdefghijklmnopq")]:
    b = text.encode()
    print(sys.getsizeof(text.splitlines()), sys.getsizeof(b.splitlines()), sys.getsizeof(b.split()), sys.getsizeof(b.split(b"\n", 2)), sys.getsizeof(b.split(b"xyz")))
word = "abc"
print(word.split()[0] is word, word.split("x")[0] is word, word.rsplit()[0] is word, " abc".split()[0] is word)
print([type(x).__name__ for x in "a-b".partition(S("-"))], [type(x).__name__ for x in S("a-b").partition("-")],
      [type(x).__name__ for x in S("ab").rpartition("-")], [type(x).__name__ for x in S("ab").rpartition("abc")])
print(word.partition("x")[0] is word, word.rpartition("x")[2] is word, word.partition("€")[0] is word)
sep = S("-")
print("a-b-c".partition(sep)[1] is sep, "a-b-c".rpartition(sep), "a€b".partition("€"), "a€b".rpartition("b"))
print("-".join(["a", "b"]), "-".join(("a", "é")), "-".join(iter(["€", "b"])), "-".join(x for x in "xyz"), "".join([]), ",".join(()))
print("-".join([word]) is word, "-".join((word,)) is word, type("-".join([S("q")])).__name__, "".join(["", "", "x"]), "€".join(["a", "b"]))
for bad in [["a", 1], ("a", b"b"), [None]]:
    try:
        "-".join(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    "-".join(5)
except TypeError as e:
    print("TypeError:", e)


class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])


print("+".join(L(["a", "b"])), " ".join(["😀", "a"]), len(" ".join(["ab"] * 1000)))
print("-".join(["a", S("bc"), "d", S("")]), "".join([S("é"), "x"]), "::".join(["x" * 70, "y" * 65, S("z" * 66)]).count("::"))
print("::".join(["x" * 70, "y" * 65]) == "x" * 70 + "::" + "y" * 65, "é".join(["a", "b"]), "".join(["a"]) + "".join(("é",)))
