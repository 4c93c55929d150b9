# __repr__, __str__ and __format__ (format(), str.format, f-strings, %), and bad results.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents})"
    def __format__(self, spec):
        if spec == "":
            return str(self)
        return format(self.cents / 100, spec) + " dollars"

m = Money(1234)
print(m, repr(m), str(m), [m], (m,), {"k": m})
print(f"{m}", f"{m!r}", f"{m!s}", f"{m:.1f}", f"{m:>10}", "{0:.3f}|{0}".format(m), format(m, "e"))
print("%s and %r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "<only repr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)

class BadRepr:
    def __repr__(self):
        return 42
    def __str__(self):
        return b"bytes"
    def __format__(self, spec):
        return None
for f in [repr, str, format, lambda o: f"{o}"]:
    try:
        f(BadRepr())
    except TypeError as e:
        print(e)
class Plain:
    pass
print(repr(Plain()).startswith("<__main__.Plain object at 0x"), str(Plain())[:16])
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
