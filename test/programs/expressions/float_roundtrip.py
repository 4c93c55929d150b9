# float(repr(x)) == x for a wide range of values, and repr is stable.
vals = []
x = 1.0
for i in range(60):
    vals.append(x)
    x = x * 1.37 + 0.001 * i
y = 0.1
for i in range(40):
    vals.append(y)
    y /= 3.7
ok = 0
for v in vals:
    if float(repr(v)) == v and float(str(v)) == v:
        ok += 1
print(ok, len(vals))
print([repr(v) for v in vals[::7]])
print(float("0.1"), float("1_000.5"), float(".5"), float("5."), float("-1.25e-3"), float("+2E2"))
print(float(10 ** 20), float(-(10 ** 20)), float(2 ** 63), float(1), float(True))
print(int(1e18), int(-2.9), int(2.9), int(1e20))
