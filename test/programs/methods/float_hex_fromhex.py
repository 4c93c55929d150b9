# float.hex and float.fromhex, including rounding at the subnormal edge
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in (1.0, -0.1, 0.0, -0.0, float("inf"), float("nan"), 5e-324, 1.7976931348623157e308, 0.1 + 0.2):
    show(lambda: x.hex())
for s in ("0x1.999999999999ap-4", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075",
          "0x3p-1076", "0x1p1024", "inf", "-Infinity", "nan", "  0x1.8p1  ", "1.8", "0x",
          "0x.8", "0x1.", "x1", "0x1p", "0X1P+3", "0x1.fffffffffffff8p0",
          "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023", "-0x0p0", "0x1_0p0"):
    show(lambda: float.fromhex(s))
show(lambda: float.fromhex(1))
show(lambda: float.fromhex(b"0x1p0"))
x = 3.141592653589793
print(float.fromhex(x.hex()) == x)
