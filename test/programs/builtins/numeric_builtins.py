# float.is_integer, divmod, three-argument pow, round, abs and friends in real calculations.
print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
total_seconds = 98765
minutes, seconds = divmod(total_seconds, 60)
hours, minutes = divmod(minutes, 60)
days, hours = divmod(hours, 24)
print(f"{days}d {hours:02d}:{minutes:02d}:{seconds:02d}")
print(divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 200, 1000), pow(7, -1, 11), pow(-2, 3, 5))
print(round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(5, 1))
print(abs(-3), abs(-2.5), abs(3 + 4j), max(3, 7, 2), min("b", "a"), sum([0.1] * 10))
print(int("ff", 16), int("0b101", 0), int(" 42 "), int(-3.9), float("1e3"), float("-inf"))
print(bin(10), oct(64), hex(255), format(255, "08b"), format(3.14159, ".3f"), format(1e6, ",.0f"))
print((0.1 + 0.2).as_integer_ratio() == (0.3).as_integer_ratio(), (0.5).as_integer_ratio())
print((7).__divmod__(3), 7 // 3, -7 // 3, 7 % -3, 2 ** 0.5)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
