# round uses banker's rounding; ndigits may be negative.
print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 2.4999, 2.5001)])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(15, -1), round(25, -1), round(-25, -1), round(123, 1), round(7, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 2)).__name__)
print(round(1e300, 2), round(0.1 + 0.2, 10), round(5e-324, 400))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(2 ** 70 + 5, -1), round(-0.4), round(0.0, 3))
