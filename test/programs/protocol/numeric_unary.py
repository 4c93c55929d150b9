# Unary operators and the numeric conversion dunders as builtins and math call them.
import math
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return "pos"
    def __abs__(self):
        return N(abs(self.v))
    def __invert__(self):
        return ~self.v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __complex__(self):
        return complex(self.v, 1)
    def __round__(self, ndigits=None):
        return ("round", ndigits)
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __repr__(self):
        return f"N({self.v})"

n = N(-2.5)
print(-n, +n, abs(n), ~N(5), int(n), float(n), complex(n))
print(round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(math.sqrt(N(16)), math.isclose(N(1.0), 1.0), float(N(True)))

