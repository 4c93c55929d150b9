# __repr__, __str__ and __format__ used by print, f-strings, containers and format().
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    def __repr__(self):
        return f"Temperature({self.celsius!r})"

    def __str__(self):
        return f"{self.celsius}°C"

    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C"):
            return format(self.celsius, spec[:-1] + "f") + "°C"
        return str(self).__format__(spec)

t = Temperature(21.5)
print(t)
print(repr(t), str(t), [t], (t,), {"t": t})
print(f"{t}", f"{t!r}", f"{t!s}")
print(f"{t:.1F}", f"{t:.0C}", f"[{t:>10}]", f"[{t:*^12}]")
print(format(t, ".2F"), "{:.3C}".format(t), "{0!r:>20}".format(t))

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

print(str(OnlyRepr()), f"{OnlyRepr()}", "%s and %r" % (OnlyRepr(), OnlyRepr()))
try:
    f"{OnlyRepr():>5}"
except TypeError as e:
    print("TypeError:", e)

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
