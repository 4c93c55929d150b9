# Assigning to slices replaces, grows, or shrinks a list.
a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[:0] = [-1, -2]
print(a)
a[len(a):] = [100]
print(a)
a[1:3] = []
print(a)
a[::2] = "ABCDEF"[:len(a[::2])]
print(a)
b = [0, 1, 2, 3, 4, 5]
b[::-2] = [50, 30, 10]
print(b)
b[1:1] = (7, 8)
print(b)
b[:] = "hi"
print(b)
try:
    c = [0, 1, 2, 3]
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
e = [1, 2, 3]
e[5:10] = [9]
e[-100:1] = ["start"]
print(e)
