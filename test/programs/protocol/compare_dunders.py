# Rich comparisons: each operator's dunder, the swapped fallback, == falling back to
# identity, != inverting __eq__, and the TypeError for orderings nobody supports.
class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
    def __eq__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        if not isinstance(other, Ver):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other

a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b > a, b >= a)
print(sorted([Ver(3), Ver(1, 5), Ver(1)]))
print(max(Ver(2), Ver(10), Ver(3)))
print(a == Ver(1, 2), a != Ver(1, 2), a == 3, a != 3)
try:
    a < 3
except TypeError as e:
    print(e)
try:
    3 >= a
except TypeError as e:
    print(e)

class Plain:
    pass
p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for expr in ["p < q", "p <= 1", "1 > p", "p >= None"]:
    try:
        eval(expr)
    except TypeError as e:
        print(e)

class Weird:
    def __eq__(self, other):
        return 1
    def __lt__(self, other):
        return "yes"
w = Weird()
print(w == 5, w != 5, w < 5, 5 > w)
print([w] == [w], [Weird()] == [Weird()])
print(w in [1, 2], Weird() in [3])

class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())
