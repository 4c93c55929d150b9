# Slices read and assigned with None or small-int bounds (done without a slice object), next
# to the bounds and operands that take the general path: big ints, __index__, errors, a
# source that is the list itself, and the order replaced items are released in.
a = list(range(10))
print(a[2:5], a[::-1], a[5::-1], a[-3:], a[:100], a[8:2:-2], a[None:None:None], a[:])
print(a[-100:3], a[3:-100:-1], a[7:3], a[::3], a[::-4], a[1:1])
b = a[:]
b[:3] = b[2::-1]
print(b)
b[2:5] = (7, 8)
print(b)
b[:] = b
print(b)
b[5:2] = [1]
print(b)
c = [1, 2, 3]
c[:] = []
print(c)
try:
    a[::0]
except ValueError as e:
    print(e)
try:
    a[1:2:2] = [1, 2]
except ValueError as e:
    print(e)
a[1:5:2] = [9, 9]
print(a)
x = 2 ** 40
print(a[x:], a[-x:2], a[1:x:x])


class Index:
    def __index__(self):
        return 2


print(a[Index():], a[:Index()])
try:
    a["1":]
except TypeError as e:
    print(e)
try:
    a[1:2] = 5
except TypeError as e:
    print(e)
a[1:3] = "xy"
print(a)


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


items = [Noisy("a"), Noisy("b"), Noisy("c")]
items[0:2] = [1]
print(len(items))
items[:] = [Noisy("d")]
print("after")
rev = items[::-1]
del items
print("rev", rev[0].name)
rev = None
perm = [3, 1, 0, 2]
flips = 0
k = perm[0]
while k:
    perm[:k + 1] = perm[k::-1]
    flips += 1
    k = perm[0]
print(perm, flips)
print((1, 2, 3)[1:], "abc"[::-1], range(10)[2:8:3])
