# Functions of the math module.
import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.fabs(-3))
print(math.factorial(20), math.gcd(48, 18), math.gcd(0, 5), math.lcm(4, 6), math.isqrt(10 ** 20 + 1))
print(math.pow(2, 10), math.exp(1), math.log(math.e), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 6), 12), math.atan2(1, 1), math.hypot(3, 4))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308), math.isclose(0.1 + 0.2, 0.3))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(type(math.floor(2.5)).__name__, math.floor(10 ** 20 + 0.5) == 10 ** 20, math.modf(3.5), math.frexp(8.0))
for f, arg in ((math.sqrt, -1), (math.log, 0), (math.factorial, -1)):
    try:
        f(arg)
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
