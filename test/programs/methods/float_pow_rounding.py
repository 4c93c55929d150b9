# float ** float: the C library's correctly rounded results (last digits matter)
print(2 ** -1.5)
print(pow(2, -1.5))
print(2.0 ** 0.5, 3 ** 0.5, 10 ** 0.5)
print(1.1 ** 100)
x = 1.1
print(x ** 100, x ** -100)
print(1.5 ** 2.5, 7.0 ** -3, 0.1 ** 3)
print(123.456 ** 7.89, 0.3 ** 0.7)
print(2.0 ** 10000 if False else 2.0 ** 1000)
print(2.0 ** -1074, 2.0 ** -1075, 2.0 ** -1070.5)
print(1.0000001 ** 1e8)
print(0.999999 ** 1000000)
print(10.0 ** 20, 10.0 ** -20, 10.0 ** 308)
print((-2.5) ** 3, (-2.0) ** -3, (-1.5) ** 4)
print(5.0 ** 0.25, 27.0 ** (1 / 3))
print(1e300 ** 1.01 if False else 1e300 ** 1.001)
vals = [0.5, 1.25, 2.0, 3.7, 10.0, 123.25]
for b in vals:
    print(b, [b ** e for e in (-2.5, -0.3, 0.3, 1.7, 4.1)])
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(float("inf") ** 0.5, 0.0 ** 0.5, 4.0 ** float("-inf"))
