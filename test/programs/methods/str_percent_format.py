# printf-style formatting: str % values and str.__mod__/__rmod__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "%s-%d" % ("a", 3))
show(lambda: "%s".__mod__(1))
show(lambda: "x".__rmod__("%s"))
show(lambda: (1).__rmod__("%s"))
show(lambda: "%(a)s %(b)r" % {"a": 1, "b": "x"})
show(lambda: "%5.2f|%-5d|%x|%X|%o|%e|%g|%c|%%" % (3.14159, 4, 255, 255, 8, 12345.678, 0.0001, 65))
show(lambda: "%#x %#o %+d % d %05d" % (255, 8, 5, 5, -42))
show(lambda: "%-*d|%.*f" % (5, 3, 2, 3.14159))
show(lambda: "%r %a" % ("é", "é"))
show(lambda: "%i %x" % (3.7, 3))
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%d" % "x")
show(lambda: "%x" % 3.0)
show(lambda: "%c" % 1114112)
show(lambda: "%c" % "ab")
show(lambda: "%(a)s" % 1)
show(lambda: "%z" % 1)
show(lambda: "abc" % ())
show(lambda: "abc" % 5)
