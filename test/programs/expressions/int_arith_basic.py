# Integer +, -, *, /, //, % on small values of both signs.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (6, 3), (1, 7)]
for a, b in pairs:
    print(a, b, "->", a + b, a - b, a * b, a / b, a // b, a % b)
print(2 - 3 - 4, 2 * 3 * 4, 100 // 7 // 2, 2 ** 3 ** 2)
x = 10
x = x * x - x // 3 + x % 4
print(x)
print(-(-5), +(-5), -0, 0 * -1)
print(type(7 / 7), 7 / 7, type(7 // 7))
