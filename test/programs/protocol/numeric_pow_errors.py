# pow with two and three arguments, @, divmod, and the errors of missing or bad conversions.
import math
class Pow:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
    def __matmul__(self, other):
        return "matmul"
    def __rmatmul__(self, other):
        return "rmatmul"
    def __divmod__(self, other):
        return "divmod"
    def __rdivmod__(self, other):
        return "rdivmod"
p = Pow()
print(p ** 2, 2 ** p, pow(p, 3), pow(p, 3, 5), pow(2, p))
print(p @ 1, 1 @ p, divmod(p, 1), divmod(1, p))
try:
    pow(2, p, 5)
except TypeError as e:
    print(e)

class Empty:
    pass
for f in [lambda e: -e, lambda e: +e, lambda e: ~e, abs, int, float, complex, round, math.trunc, math.floor]:
    try:
        f(Empty())
    except TypeError as e:
        print(e)
class BadConv:
    def __int__(self):
        return "1"
    def __float__(self):
        return 1
    def __index__(self):
        return 2.0
for f in [int, float, bin]:
    try:
        f(BadConv())
    except TypeError as e:
        print(e)
