# Slice assignment and deletion resize lists; extended slices need equal lengths.
a = [0, 1, 2, 3, 4, 5, 6, 7]
a[1:3] = ["a", "b", "c", "d"]
print(a)
a[::3] = [None] * len(a[::3])
print(a)
a[-2:] = []
print(a)
a[2:2] = range(3)
print(a)
del a[::2]
print(a)
a[:] = a[::-1]
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
try:
    b[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
c = list(range(6))
c[4:1:-1] = "xyz"
print(c)
