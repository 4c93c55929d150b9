# bytes count/find/index/rfind/rindex with ints and ranges; startswith/endswith with tuples
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = b"abcabc"
show(lambda: (s.count(b"b"), s.count(98), s.count(b"b", 2), s.count(b""), s.count(b"", 1, 1)))
show(lambda: s.count(256))
show(lambda: s.count("b"))
show(lambda: (s.find(b"c", 3), s.find(99), s.find(b"x"), s.find(b"", 7), s.find(b"", 6)))
show(lambda: (s.rfind(b"a"), s.rfind(97, 0, 3), s.rindex(b"a", 0, 3)))
show(lambda: s.index(b"x"))
show(lambda: s.rindex(120))
show(lambda: s.index(b"c", -2))
show(lambda: s.find(b"b", None, None))
show(lambda: s.startswith((b"x", b"a")))
show(lambda: s.startswith(b"bc", 1))
show(lambda: s.endswith(b"bc", 1, 3))
show(lambda: s.endswith((b"x", bytearray(b"bc"))))
show(lambda: s.startswith("a"))
show(lambda: s.startswith([b"a"]))
show(lambda: (b"b" in s, 98 in s, b"" in s))
show(lambda: 300 in s)
show(lambda: "a" in s)
show(lambda: bytearray(s).find(b"ca"))
