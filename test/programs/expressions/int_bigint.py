# Arbitrary-precision integers: growth, arithmetic across digit boundaries, signs.
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 40)
a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, b - a)
print(a * b)
print(b // a, b % a, -b // a, -b % a)
print(a == 1267650600228229401496703205376, a > b, -a < -b)
print(2 ** 30 - 1, 2 ** 30, 2 ** 60, 2 ** 64 - 1, -(2 ** 63))
n = 12345678901234567890123456789
print(n * n, n * -n, n // 987654321, n % 987654321)
x = 0
for k in range(200):
    x = x * 31 + k
print(x % (10 ** 18), x.bit_length())
print((10 ** 30 + 1) - 10 ** 30, 10 ** 30 // 10 ** 29)
