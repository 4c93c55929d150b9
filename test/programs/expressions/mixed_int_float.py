# Arithmetic and comparison between ints and floats.
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 10 % 4.0, 2 ** 0.5, 2.0 ** 3)
print(1 == 1.0, 2 ** 53 == float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 > float("inf"), 10 ** 400 == float("inf"))
print(0 == -0.0, 1 < 1.5 < 2, 3 >= 3.0, True + 1.5, False * 2.0)
print(int(3.99), int(-3.99), round(3.5), round(4.5), round(-2.5))
print(7 // 2, 7.0 // 2, -7 // 2.0, 7 % -2.0)
print(sum([1, 2.5, 3]), max(1, 2.0), min(2.0, 2), max(2, 2.0))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print("OverflowError:", e)
print(10 ** 400 // 10 ** 399, (10 ** 20) / (10 ** 10))
print(type(1 + 1.0).__name__, type(True + 1).__name__, type(True + True).__name__)
