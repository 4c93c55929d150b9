# int(x) of exact floats made in CALL: signs, halves, 2**31 and 2**53, huge values, a float
# subclass, NaN and infinities, and the argument's count afterwards.
import sys
class F(float):
    pass
vals = [0.0, -0.0, 0.5, -0.5, 2.999, -2.999, 1e10, -1e10, 2.0**31, 2.0**53 + 2, 1e300, -1e300, F(3.7)]
print([int(v) for v in vals], [int(x * 0.5) for x in range(5)])
for bad in (float("nan"), float("inf"), -float("inf")):
    try:
        int(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
f = 12345.5
before = sys.getrefcount(f)
r = int(f)
print(r, sys.getrefcount(f) - before, id(int(f * 2.0)) != id(f))
