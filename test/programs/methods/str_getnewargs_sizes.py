# __getnewargs__ of the immutable builtins, and other small dunder methods of str
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "abc".__getnewargs__())
show(lambda: b"abc".__getnewargs__())
show(lambda: (1, 2).__getnewargs__())
show(lambda: (7).__getnewargs__())
show(lambda: (2.5).__getnewargs__())
show(lambda: (1 + 2j).__getnewargs__())
show(lambda: ("abc".__sizeof__(), "é".__sizeof__(), "\u20ac".__sizeof__(), "\U0001f600".__sizeof__()))
show(lambda: "abc".__format__("^7"))
show(lambda: "abc".__format__("x"))
show(lambda: "x".__contains__(""))
show(lambda: "abc".__getitem__(slice(None, None, -1)))
show(lambda: "ab".__mul__(3))
show(lambda: "ab".__rmul__(-1))
show(lambda: "ab".__add__(1))
show(lambda: "b".__lt__("a"))
show(lambda: "b".__lt__(1))
show(lambda: "abc".__len__())
