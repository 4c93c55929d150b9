# float ** float must round exactly as the C library's pow (CPython calls it; it is not always
# the correctly rounded result, and JavaScript's Math.pow differs from it more often still).
# Operands come from a fixed linear congruential generator; every result is printed with repr.
import math

state = 20240611


def rand_bits(n):
    """n pseudo-random bits (a 64-bit LCG, Knuth's MMIX constants, top bits first)."""
    global state
    out = 0
    got = 0
    while got < n:
        state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
        out = (out << 32) | (state >> 32)
        got += 32
    return out >> (got - n)


def uniform(lo, hi):
    return lo + (hi - lo) * (rand_bits(53) / 2**53)


def any_positive(lo_exp, hi_exp):
    """A positive double with a random 53-bit significand and a binary exponent in range."""
    e = lo_exp + rand_bits(16) % (hi_exp - lo_exp + 1)
    return math.ldexp(2**52 + rand_bits(52), e - 52)


def power(x, y):
    try:
        return repr(x ** y)
    except OverflowError:
        return "overflow"
    except ZeroDivisionError:
        return "zerodiv"


def show(label, pairs):
    print(label)
    line = []
    for x, y in pairs:
        line.append(power(x, y))
        if len(line) == 6:
            print(" ".join(line))
            line = []
    if line:
        print(" ".join(line))


show("moderate bases and exponents",
     [(uniform(0.01, 100.0), uniform(-5.0, 5.0)) for _ in range(600)])
show("exponents of everyday code",
     [(uniform(0.1, 1000.0), y) for y in (-1.5, 0.5, -0.5, 2.0, -1.0, 3.0, 1.5, 1 / 3, -2.5, 0.25)
      for _ in range(36)])
show("half-integer and integer exponents",
     [(uniform(0.001, 50.0), (rand_bits(6) - 32) / 2) for _ in range(300)])
show("large exponents",
     [(uniform(0.5, 2.0), uniform(-2000.0, 2000.0)) for _ in range(300)])
show("bases near one, huge exponents",
     [(1.0 + uniform(-1e-9, 1e-9), uniform(-1e11, 1e11)) for _ in range(120)])
show("any exponent range of the base",
     [(any_positive(-1074, 1023), uniform(-1.1, 1.1)) for _ in range(300)])
show("subnormal and huge results",
     [(any_positive(-60, 60), uniform(-40.0, 40.0)) for _ in range(180)]
     + [(uniform(1e-300, 1e-290), uniform(1.0, 1.1)) for _ in range(60)]
     + [(uniform(1e290, 1e300), uniform(-1.1, -1.0)) for _ in range(60)])
show("tiny and enormous exponents",
     [(uniform(0.2, 5.0), uniform(-1.0, 1.0) * 2.0 ** -(60 + rand_bits(4))) for _ in range(30)]
     + [(uniform(0.99, 1.01), uniform(-1.0, 1.0) * 2.0 ** (55 + rand_bits(4))) for _ in range(30)])
show("negative bases, integral exponents",
     [(-uniform(0.1, 10.0), float(rand_bits(7) - 64)) for _ in range(120)])
show("ints with negative exponents",
     [(1 + rand_bits(20), -1 - rand_bits(3)) for _ in range(60)])
print("math.pow")
print(" ".join(repr(math.pow(uniform(0.01, 100.0), uniform(-5.0, 5.0))) for _ in range(60)))
print(repr(math.pow(-2.0, 3.0)), repr(math.pow(-0.0, 3.0)), repr(math.pow(0.0, 0.5)), repr(math.pow(-8.0, 2.0)))
for x, y in ((0.0, -1.0), (-8.0, 1 / 3), (1e300, 2.0)):
    try:
        math.pow(x, y)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
