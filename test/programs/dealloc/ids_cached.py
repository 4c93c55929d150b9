# Objects CPython caches are the same object every time; others are new each time.
import sys
def same(make):
    return make() is make()
EMPTY_TUPLE, EMPTY_STR, EMPTY_BYTES, LATIN1, WORD = (), "", b"", "\xff", "hello_world"
print("small ints", same(lambda: int("256")), same(lambda: int("-5")), int("7") is 3 + 4 * len("x"))
print("big ints", same(lambda: int("257")), same(lambda: int("-6")))
print("empty tuple", same(lambda: tuple()), tuple([]) is EMPTY_TUPLE, tuple(x for x in []) is EMPTY_TUPLE)
print("empty str, bytes", same(lambda: str()), "".join([]) is EMPTY_STR, bytes() is EMPTY_BYTES)
print("one-char str", same(lambda: chr(97)), chr(255) is LATIN1, same(lambda: chr(256)))
print("one-byte bytes", same(lambda: bytes([7])))
print("None/True/False", bool(1) is True, type(None)() is None)
s1 = "".join(["hello", "_", "world"])
s2 = "".join(["hello", "_", "world"])
print("built strs", s1 is s2, s1 == s2)
print("interned", sys.intern(s1) is sys.intern(s2), sys.intern(s1) is WORD)
def identifier_constant():
    return "hello_world"
print("identifier-like constants are interned", identifier_constant() is WORD)
print("floats", same(lambda: float("1.5")))
print("empty frozenset", frozenset() is frozenset())
print("id equality", id(()) == id(tuple()), id(None) == id(type(None)()))
