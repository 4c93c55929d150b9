# bytes join, replace, partition, translate/maketrans, removeprefix
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"-".join([b"a", bytearray(b"b"), b"c"]))
show(lambda: b"-".join([b"a", "b"]))
show(lambda: b"-".join([]))
show(lambda: bytearray(b", ").join([b"x", b"y"]))
show(lambda: b"abab".replace(b"a", b"x"))
show(lambda: b"abab".replace(b"a", b"x", 1))
show(lambda: b"abc".replace(b"", b"-"))
show(lambda: b"abc".replace("a", b"x"))
show(lambda: b"abc".partition(b"b"))
show(lambda: b"abc".rpartition(b"x"))
show(lambda: b"abc".partition(b""))
table = bytes.maketrans(b"ab", b"xy")
show(lambda: (len(table), table[97:99]))
show(lambda: b"abc".translate(table))
show(lambda: b"abc".translate(None, b"b"))
show(lambda: b"abc".translate(table, delete=b"c"))
show(lambda: b"abc".translate(b"x"))
show(lambda: bytes.maketrans(b"a", b"bc"))
show(lambda: bytearray(b"abc").translate(table))
show(lambda: (b"ab".removeprefix(b"a"), b"ab".removesuffix(b"b"), b"ab".removeprefix(b"x")))
