# `c[k] op= v`: the load and store of an item in one statement, on every kind of container and
# index, including the ones the eval loop's fused list path leaves to the general one.
v = [1.5, 2.5, 3.5]
v[0] -= 0.25
v[-1] *= 2
v[1] += v[0] ** 2
print(v)

d = {"a": 1, 2: [10]}
d["a"] += 5
d[2] += [20]
print(d)

t = ([0], 1)
t[0][0] += 7
try:
    t[1] += 1
except TypeError as e:
    print("TypeError:", e)
print(t)

for i in (3, -4, True, 2**40):
    try:
        v[i] += 1
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e, v)

s = [[1], [2]]
s[0] += s[1]
print(s)


class Logged:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, other):
        return Logged(self.name + other)


# The replaced item dies inside the store, before the key and the container are released.
items = [Logged("a"), Logged("b")]
items[1] += "+"
print([x.name for x in items])
del items


class Box:
    def __init__(self):
        self.data = [0, 0]

    def __getitem__(self, k):
        print("get", k)
        return self.data[k]

    def __setitem__(self, k, value):
        print("set", k, value)
        self.data[k] = value


b = Box()
b[1] += 4
print(b.data)


def fresh():
    print("fresh")
    return [Logged("x")]


fresh()[0] += "!"  # the container and its item die with the store
print("end")
