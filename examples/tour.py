# A first tour of glasspy: reference counts and object sizes.
#
# Every object below lives in glasspy's simulated CPython heap, so the numbers printed are
# the ones CPython 3.11 gives on a 64-bit machine. Run it under python3 too and compare.
import sys

print("== 1. Reference counts ==")
a = []
# One reference from the name `a`, one from getrefcount's own argument.
print("a = []                 getrefcount(a) =", sys.getrefcount(a))
b = a
print("b = a                  getrefcount(a) =", sys.getrefcount(a))
pair = [a, a]
print("pair = [a, a]          getrefcount(a) =", sys.getrefcount(a))
del pair, b
print("del pair, b            getrefcount(a) =", sys.getrefcount(a))


def count_inside(x):
    # The caller's name, the parameter x, and getrefcount's argument.
    return sys.getrefcount(x)


print("inside f(a)            getrefcount(a) =", count_inside(a))
print()

print("== 2. Sizes (sys.getsizeof) ==")
print("an int header is 24 bytes plus 4 per 30-bit digit:")
for n in (0, 1, 2**30, 2**60, 10**100):
    print(f"  getsizeof({n if n < 10**20 else '10**100'}) = {sys.getsizeof(n)}")
print("strings pick 1, 2 or 4 bytes per character from their widest character:")
for s in ("", "a", "abc", "é", "€", "😀"):
    print(f"  getsizeof({s!r}) = {sys.getsizeof(s)}")
print("a list grows its item array in steps, so its size jumps:")
grow = []
sizes = []
for i in range(17):
    sizes.append(sys.getsizeof(grow))
    grow.append(i)
print("  ", sizes)
print("a dict's table doubles when two thirds full:")
d = {}
dict_sizes = []
for i in range(12):
    dict_sizes.append(sys.getsizeof(d))
    d[str(i)] = i
print("  ", dict_sizes)
print()

print("== 3. Identity ==")
x = 256
y = 256
print("small ints are cached:  256 is 256 ->", x is y)
x = int("1000")
y = int("1000")
print("larger ints are not:    int('1000') is int('1000') ->", x is y)
empty = ()
print("the empty tuple is one object: () is tuple() ->", empty is tuple())
