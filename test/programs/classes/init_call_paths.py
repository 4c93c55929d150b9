# Calling a class: __init__ with defaults, keywords, super(), a bad return value, an exception, a generator __init__, a custom __new__.
class A:
    def __init__(self, x, y=2, *, z=3):
        self.s = x + y + z
class B(A):
    def __init__(self, x):
        super().__init__(x, z=10)
class Bad:
    def __init__(self):
        return 5
class Boom:
    def __init__(self, v):
        raise ValueError(v)
class Gen:
    def __init__(self):
        yield 1
class New:
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
    def __init__(self, a):
        print("init", a)
print(A(1).s, A(1, 1).s, B(5).s)
try:
    Bad()
except TypeError as e:
    print(e)
try:
    Boom("bad")
except ValueError as e:
    print("ValueError", e)
try:
    Gen()
except TypeError as e:
    print(e)
New(7)
def rec(n):
    class R:
        def __init__(self, k):
            self.k = rec(k - 1) if k else 0
    return R(n)
print(rec(50).k is not None)
import sys
print(sys.getrefcount(A(3)))
class Kw:
    def __init__(self, a, b):
        self.t = (a, b)
print(Kw(b=1, a=2).t)
