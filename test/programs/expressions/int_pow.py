# The ** operator on ints: non-negative exponents stay int, negative ones give floats.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
print((-2) ** 3, (-2) ** 4, -2 ** 4, (-1) ** 101)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3)
print(7 ** 77)
print(3 ** 200 % 1000, len(str(9 ** 99)))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(type(2 ** 5).__name__, type(2 ** -5).__name__)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 3
x **= 4
print(x)
