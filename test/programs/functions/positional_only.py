# Parameters before / cannot be passed by keyword; their names stay free for **kwargs.
def f(a, b, /, c, d=4):
    return a, b, c, d

print(f(1, 2, 3), f(1, 2, c=3), f(1, 2, 3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
def g(name, /, **kwargs):
    return name, sorted(kwargs.items())
print(g("pos", name="kw", other=1))
def h(a, b=2, /):
    return a * b
print(h(3), h(3, 3))
try:
    h(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
