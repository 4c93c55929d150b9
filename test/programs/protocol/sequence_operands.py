# Lists, tuples and strs with operands that define reflected or in-place dunders: the
# number dunders of both operands come before concatenation and repetition, in place too.
class OnlyRadd:
    def __radd__(self, other):
        return ("radd", other)
    def __rmul__(self, other):
        return ("rmul", other)
l = [1]
l += OnlyRadd()
print(l)
l = [1]
l *= OnlyRadd()
print(l)
t = (1,)
t += OnlyRadd()
print(t)
s = "a"
s += OnlyRadd()
print(s, "a" * OnlyRadd(), [1] * OnlyRadd(), [1] + OnlyRadd())

class Declines:
    def __radd__(self, other):
        return NotImplemented
    def __iter__(self):
        return iter([5])
l = [1]
l += Declines()
print(l)
l += (2, 3)
l *= 2
print(l, 2 * (1,), (1,) * 2)

for f in [lambda: "s" + 1, lambda: [1] + 1, lambda: (1,) * "x"]:
    try:
        f()
    except TypeError as e:
        print(e)
l = [1]
try:
    l += 1
except TypeError as e:
    print(e)

class L(list):
    def __add__(self, other):
        return NotImplemented
try:
    L([1]) + [2]
except TypeError as e:
    print(e)
print(L([1]) * 2, type(L([1]) * 2).__name__, [0] + L([1]))
class Tup(tuple):
    def __radd__(self, other):
        return "Tup.__radd__"
print((1,) + Tup((2,)), Tup((2,)) + (1,))
