# upper/lower/casefold of ASCII strs (mapped through tables) against the other kinds, and the
# objects they return.
import sys

samples = ["", "a", "Z", "hello World 123 !@#[`{~", "".join(chr(c) for c in range(128)), "é", "Straße", "ǅ", "ΣΑΣ", "€x", "😀a"]
for s in samples:
    print(repr(s.upper()), repr(s.lower()), repr(s.casefold()), s.upper().isupper(), s.lower().islower())
print([sys.getsizeof(x) for x in ("abc".upper(), "ABC".lower(), "".upper(), "é".upper())])
word = "a"
empty = ""
print(word.upper() is "A".upper(), empty.upper() is empty, type("ab".upper()).__name__)


class S(str):
    pass


print(type(S("ab").upper()).__name__, type(S("AB").lower()).__name__, S("Mixed").casefold())
text = "kalo mine ru " * 50
print(len(text.replace("ka", "KA").upper().lower()), text.upper()[:20], hash(text.upper()) == hash(text.upper().lower().upper()))
for s in ["", "a", "1a", "aB cD", "hello world's 3rd-TEST", "  x", "ALL CAPS", "o'neil mc-donald_x y2k", "".join(chr(c) for c in range(128))]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()))
