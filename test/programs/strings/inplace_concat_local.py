# `s += t` and `s = s + t` into the local holding s: the str may grow in place only when
# nothing else refers to it; every other holder keeps the old value.
import sys


def aliases():
    s = "a" * 10
    t = s
    s += "b"
    print(t, s)
    items = []
    x = "xy" * 3
    items.append(x)
    x += "z"
    print(items, x)
    x = x + "!"
    print(items, x)


def loop():
    u = ""
    for i in range(1000):
        u += str(i % 10)
    print(len(u), u[:12], u[-5:])
    v = "start"
    for i in range(5):
        v = v + "-" + str(i)
    print(v)


def other_targets():
    y = "p"
    z = "q"
    y = z + "r"
    print(y, z)
    a = "k" * 4
    b = a
    a += a
    print(a, b)


def counts():
    w = "hello" * 2
    w += "!"
    print(sys.getrefcount(w))
    const = "abc"
    const += "d"
    print(const, sys.getrefcount(const))


def errors():
    s = "x" * 3
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    print(s)


aliases()
loop()
other_targets()
counts()
errors()
m = "m" * 3
m += "n"
print(m)


class S(str):
    pass


q = S("ab")
q += "c"
print(type(q).__name__, q)
