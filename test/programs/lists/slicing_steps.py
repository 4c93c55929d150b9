# Slicing lists with steps, negative indices, and out-of-range bounds.
a = list(range(10))
print(a[::2], a[1::2], a[::-1], a[::-3], a[7:2:-2], a[-3:], a[:-7], a[-100:100])
print(a[5:2], a[2:2], a[100:], a[:0], a[::100], a[-1:-4:-1])
print(a[slice(1, 9, 4)], a[slice(None)], a[slice(-2, None, -5)])
b = a[2:6]
b[0] = "changed"
print(a[2], b)
m = [[1, 2], [3, 4]]
n = m[:]
n[0][0] = "deep"
print(m)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1.5]
except TypeError as e:
    print("TypeError:", e)
try:
    a[10]
except IndexError as e:
    print("IndexError:", e)
