# Parameters after * or *args can only be passed by keyword.
def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2), f(1, c=4, b=5))
try:
    f(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1)
except TypeError as e:
    print("TypeError:", e)
def g(*args, sep="-", end="."):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="+", end="!"))
def h(*, only):
    return only
print(h(only="yes"), h.__kwdefaults__, f.__kwdefaults__)
try:
    h()
except TypeError as e:
    print("TypeError:", e)
def k(a, *, x, y):
    return a + x + y
try:
    k(1)
except TypeError as e:
    print("TypeError:", e)
