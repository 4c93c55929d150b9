# split() without a separator: the pieces' identities and sizes, ASCII and Latin-1.
import sys
s = "abc"
print(s.split()[0] is s, " abc".split()[0] is s, "a b".split()[0] is chr(97), sys.getsizeof("ab cd".split()[1]))
for t in ["", " ", "a", " a ", "ab  cd\tef\n", "x" * 30 + " y", "caf\xe9 ol\xe9 a", "\x85a\xa0b c"]:
    p = t.split()
    print(repr(t), p, sys.getsizeof(p), [sys.getsizeof(x) for x in p], t.split(None, 1), t.split(maxsplit=0))
print(len(("w " * 100).split()), sys.getsizeof(("w " * 100).split()))
