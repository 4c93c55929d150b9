# int() from numbers and strings, with bases.
print(int(), int(7), int(-7.9), int(7.9), int(True), int("42"), int("  -17  "), int("+5"))
print(int("1_000_000"), int("0"), int("-0"), int("0" * 10 + "1"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("z", 36), int("Z", 36), int("10", 2), int("-101", 2), int("0b11", 2))
print(int("123456789012345678901234567890"), int(-1e20), int(2 ** 100 + 0.0))
print(int(" 12\n"), int("٣"), int(b"12"), int(bytearray(b"-9")))
print(int("1" * 50, 7) % 1000)
