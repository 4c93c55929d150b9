# __int__, __float__, __complex__, __round__, __trunc__, __floor__, __ceil__ and __abs__.
import math

class Approx:
    def __init__(self, value):
        self.value = value
    def __int__(self):
        return int(self.value)
    def __float__(self):
        return float(self.value)
    def __complex__(self):
        return complex(self.value, 0)
    def __round__(self, ndigits=None):
        print("__round__", ndigits)
        return round(self.value, ndigits) if ndigits is not None else round(self.value)
    def __trunc__(self):
        return math.trunc(self.value)
    def __floor__(self):
        return math.floor(self.value)
    def __ceil__(self):
        return math.ceil(self.value)
    def __abs__(self):
        return Approx(abs(self.value))

a = Approx(-2.675)
print(int(a), float(a), complex(a))
print(round(a), round(a, 2))
print(math.trunc(a), math.floor(a), math.ceil(a), abs(a).value)
print(math.sqrt(Approx(16)), "%d|%.1f" % (Approx(7.9), Approx(7.9)))

class NoConv:
    pass
for conv in (int, float, complex, round, abs):
    try:
        conv(NoConv())
    except TypeError as e:
        print("TypeError:", e)

class BadInt:
    def __int__(self):
        return "3"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
