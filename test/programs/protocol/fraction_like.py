# A small rational number class with normalisation, mixed int arithmetic and comparisons.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Ratio:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Ratio with zero denominator")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @staticmethod
    def _coerce(x):
        return x if isinstance(x, Ratio) else Ratio(x) if isinstance(x, int) else None

    def __add__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Ratio(self.num * o.den + o.num * self.den, self.den * o.den)
    __radd__ = __add__

    def __mul__(self, other):
        o = self._coerce(other)
        if o is None:
            return NotImplemented
        return Ratio(self.num * o.num, self.den * o.den)
    __rmul__ = __mul__

    def __sub__(self, other):
        return self + (-1) * other
    def __rsub__(self, other):
        return (-1) * self + other

    def __truediv__(self, other):
        o = self._coerce(other)
        return self * Ratio(o.den, o.num)

    def __eq__(self, other):
        o = self._coerce(other)
        return NotImplemented if o is None else (self.num, self.den) == (o.num, o.den)

    def __lt__(self, other):
        o = self._coerce(other)
        return self.num * o.den < o.num * self.den

    def __repr__(self):
        return f"{self.num}/{self.den}"

h, t = Ratio(1, 2), Ratio(1, 3)
print(h + t, h - t, h * t, h / t, 1 - h, 2 * t, t + 1)
print(Ratio(6, -8), Ratio(0, 5), h == Ratio(2, 4), h == 1, Ratio(4, 2) == 2, h != t)
print(sorted([Ratio(2, 3), h, t, Ratio(5, 4), Ratio(-1, 7)]), sum([Ratio(1, n) for n in range(1, 7)], Ratio(0)))
try:
    Ratio(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
