# COPY_FREE_VARS in compiled functions: a closure's cells copied into the frame, each with its
# reference (released when the frame ends), for closures called in a hot loop and for
# zero-argument super(), whose __class__ cell is a free variable of __init__.
import sys


def make_adder(n):
    def add(x):
        return x + n
    return add


class Base:
    def __init__(self, v):
        self.v = v


class Child(Base):
    def __init__(self, v):
        super().__init__(v * 2)


def outer():
    k = 3

    def inner(i):
        return i * k + len(str(i))
    return inner


def two(a, b):
    def g(x):
        return a * x + b
    return g


def main():
    total = 0
    for i in range(3000):
        total += add5(i) + Child(i).v + f(i)
    return total


add5 = make_adder(5)
f = outer()
print(main())
g = two(2, 7)
print(sum(g(i) for i in range(2000)))
print(sum(map(g, range(2000))))
# The cells' counts: the closure tuple's reference and getrefcount's own, none left by frames.
print(sys.getrefcount(add5.__closure__[0]), sys.getrefcount(g.__closure__[1]))
print(sys.getrefcount(Child.__init__.__closure__[0]))
