# Left and right shifts of ints of both signs, across digit boundaries.
for v in (1, 5, -5, 255, -256, 2 ** 40 + 7):
    print(v, [v << k for k in (0, 1, 3, 31, 64)])
    print(v, [v >> k for k in (0, 1, 3, 31, 64)])
print(1 << 100, (1 << 100) >> 99, -1 >> 100, -(1 << 100) >> 1)
print(0 << 1000, 1 >> 1000)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -3
except ValueError as e:
    print("ValueError:", e)
