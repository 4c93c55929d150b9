# + - * / of a float and an int, and / of two ints, with a constant operand, in compiled
# loops: the int converted to a double as CPython converts it, ints past one digit and bools
# by the general paths, signed zeros, division by zero raising ZeroDivisionError in the loop,
# and a float result that dies at once (the float free list).
import math


def scaled(values, k):
    out = []
    for v in values:
        out.append((3.5 * v, v * 0.25, 1.0 / v if v else None, v / 4, 7 / 2 + v, v - 0.5, 2 - v * 1.0))
    return out


def signs(values):
    out = []
    for v in values:
        out.append((math.copysign(1.0, -0.0 * v), math.copysign(1.0, v * -0.0), math.copysign(1.0, 0 / -1.0), math.copysign(1.0, v - 0.0)))
    return out


def divide_all(values):
    total = 0.0
    for v in values:
        total += 10.0 / v
    return total


def area_sum(n):
    total = 0.0
    for i in range(n):
        r = i % 5
        total += 3.14159 * r * r
        total -= i / 3
    return total


values = [0, 1, -1, 2, 7, -9, 2 ** 29, 2 ** 30 - 1, 2 ** 30, -(2 ** 31), 2 ** 53 + 1, 10 ** 20, True, False, 1.5, -2.25]
for row in scaled(values * 20, 3)[:len(values)]:
    print(row)
for row in signs([0, 1, -1, 0.0, -0.0, 5]):
    print(row)
print(area_sum(1000))
print(divide_all([1, 2, 4.0, 8] * 30))
try:
    divide_all([1, 2, 3] * 50 + [0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divide_all([1.5] * 200 + [0.0])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum(i / 7 for i in range(500)))
print([x * 2.0 for x in range(-3, 4)])
