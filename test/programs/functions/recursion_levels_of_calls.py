# How many recursion levels a call counts, as CPython 3.11 counts them: a Python function's
# frame one; a class made by a class statement, or an instance with __call__, one more for the
# call itself (they have no vectorcall); builtin types with a vectorcall (list, float, ...)
# none of their own, those without (int, str, bytes, complex, zip) one.
from _recursion_probe import probe


base = probe()


def levels(tag):
    print(tag, base - probe())


class Init:
    def __init__(self):
        levels("class with __init__")


class New:
    def __new__(cls):
        levels("class with __new__")
        return object.__new__(cls)


class Callable:
    def __call__(self):
        levels("instance __call__")


class Converts:
    def __index__(self):
        levels("int(x) via __index__")
        return 1

    def __str__(self):
        levels("str(x) via __str__")
        return "s"

    def __bytes__(self):
        levels("bytes(x) via __bytes__")
        return b""

    def __complex__(self):
        levels("complex(x) via __complex__")
        return 1j

    def __float__(self):
        levels("float(x) via __float__")
        return 1.0

    def __iter__(self):
        levels("iteration")
        return iter(())


Init()
New()
Callable()()
x = Converts()
int(x)
str(x)
bytes(x)
complex(x)
float(x)
list(x)
tuple(x)
zip(x)


class Node:
    made = 0

    def __init__(self, depth):
        Node.made += 1
        self.child = Node(depth - 1) if depth else None


try:
    Node(5000)
except RecursionError as e:
    print(Node.made, e)
