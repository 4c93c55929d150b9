# bytes/bytearray split, rsplit, splitlines and the strip family
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: b"a b  c ".split())
show(lambda: b" a b c".split(None, 1))
show(lambda: b"a b c ".rsplit(None, 1))
show(lambda: b"a,b,,c".split(b","))
show(lambda: b"a,b,,c".rsplit(b",", 1))
show(lambda: b"a,b".split(sep=b",", maxsplit=0))
show(lambda: b"a,b".split(","))
show(lambda: b"abc".split(b""))
show(lambda: b"a\nb\r\nc\rd".splitlines())
show(lambda: b"a\nb\r\nc\r".splitlines(True))
show(lambda: b"a\x0bb\x0cc\x1cd".splitlines())
show(lambda: b"  ab  ".strip())
show(lambda: b"xxabxx".strip(b"x"))
show(lambda: b"xxabxx".lstrip(b"x"))
show(lambda: b"xxabxx".rstrip(bytearray(b"x")))
show(lambda: b"ab".strip("a"))
show(lambda: b"\t\n ab\x0b\x0c\r".strip())
show(lambda: bytearray(b"a,b").split(b","))
show(lambda: bytearray(b" ab ").strip())
show(lambda: type(bytearray(b" ab ").strip()))
