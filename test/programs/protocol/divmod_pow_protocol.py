# //, %, divmod, ** and three-argument pow on a modular-integer class.
class Mod:
    def __init__(self, value, m):
        self.m = m
        self.value = value % m

    def __repr__(self):
        return f"{self.value} (mod {self.m})"

    def _v(self, other):
        return other.value if isinstance(other, Mod) else other

    def __add__(self, other):
        return Mod(self.value + self._v(other), self.m)

    def __mul__(self, other):
        return Mod(self.value * self._v(other), self.m)

    def __pow__(self, exp, mod=None):
        print("__pow__", exp, mod)
        return Mod(pow(self.value, exp, mod or self.m), self.m)

    def __rpow__(self, base):
        print("__rpow__", base)
        return Mod(pow(base, self.value, self.m), self.m)

    def __floordiv__(self, other):
        return Mod(self.value // self._v(other), self.m)

    def __mod__(self, other):
        return self.value % self._v(other)

    def __divmod__(self, other):
        return (self // other, self % other)

    def __rdivmod__(self, other):
        return divmod(other, self.value)

x = Mod(10, 7)
print(x, x + 5, x * x)
print(x ** 3, pow(x, 3), pow(x, 3, 5))
print(2 ** x)
print(x // 2, x % 2, divmod(x, 2), divmod(20, x))
try:
    pow(2, x, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    x - 1
except TypeError as e:
    print("TypeError:", e)
