# float() from numbers and strings.
print(float(), float(3), float(-2), float("3.25"), float(" -1e3 "), float("1_5.2_5"))
print(float("inf"), float("-Infinity"), float("nan"), float("+1.5E-2"), float(True))
print(float(2 ** 60), float("0." + "1" * 30), float("1e-400"), float("-0"))
print(float(".5e1"), float("5.e-1"), float("0x10".replace("0x", "")))
for bad in ("", "abc", "1.2.3", "1e", "0x10", "1_", "inf inity", None, [1.0]):
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((0.5).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), float.fromhex("0x1.8p1"))
print((1.5).hex(), (0.1).hex(), float(10 ** 15 + 0.5))
