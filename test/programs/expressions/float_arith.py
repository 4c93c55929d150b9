# Float floor division, modulo, divmod and power with mixed signs.
for a in (7.5, -7.5, 0.0):
    for b in (2.0, -2.0, 0.5):
        print(a, b, a // b, a % b, divmod(a, b))
print(5.0 % 3, -5.0 % 3, 5 % -3.0, 1e-20 % 1, -1e-20 % 1)
print(2.0 ** 10, 2 ** 0.5, (-8.0) ** 2, 4 ** -0.5, 0.0 ** 0)
print(0.1 * 3, 1.1 + 2.2, 3.3 - 1.1, 1.5 * 4, 7.0 / 2)
print(1e300 * 1e10, -1e300 * 1e10, 1e-300 * 1e-300)
print(type((-8.0) ** 0.5).__name__, (-8.0) ** 2.0, (-2.0) ** -1, (-1.0) ** 0.5 == 1j or "complex")
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
