# Functions compiled whole that call each other (the eval loop hands a hot function's calls to
# compiled code, which calls compiled callees directly): values, recursion deeper than compiled
# calls nest, the recursion limit, exceptions caught and uncaught across compiled frames, the
# lines in a traceback through compiled callers, reference counts of arguments, and __del__ on return.
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def fail_at(n):
    if n == 0:
        raise ValueError("bottom")
    return fail_at(n - 1) + 1


def catch_below(n):
    try:
        return fail_at(n)
    except ValueError as e:
        return "caught " + str(e) + " from " + str(n)


def caller_lines(n):
    if n == 0:
        return {}["missing"]
    return caller_lines(n - 1)


def lines_of_failure(n):
    try:
        caller_lines(n)
    except KeyError as e:
        out = []
        tb = e.__traceback__
        while tb is not None:
            out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            tb = tb.tb_next
        return out


def count_of(x):
    return sys.getrefcount(x)


def pass_on(x):
    return count_of(x)


class Noisy:
    def __init__(self, tag):
        self.tag = tag

    def __del__(self):
        deleted.append(self.tag)


deleted = []


def make_and_drop(tag):
    n = Noisy(tag)
    return len(tag)


def method_user(items):
    total = 0
    for item in items:
        total += item.size() + item.double(2)
    return total


class Item:
    def __init__(self, v):
        self.v = v

    def size(self):
        return self.v

    def double(self, k):
        return self.scale(k) * 2

    def scale(self, k):
        return self.v * k


print(fib(20))
print(is_even(300), is_odd(301))
print(depth(900))
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError:", e)
print(catch_below(50))
for i in range(1200):
    r = catch_below(3)
print(r)
for i in range(1200):
    lines = lines_of_failure(2)
print(lines)
o = object()
base = sys.getrefcount(o)
for i in range(1200):
    c = pass_on(o)
print(c - base)
for i in range(1100):
    make_and_drop("t")
print(make_and_drop("last"), len(deleted), deleted[-1])
print(method_user([Item(i) for i in range(2000)]))
print(fail_at(30))
