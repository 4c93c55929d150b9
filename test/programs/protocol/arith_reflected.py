# Binary operator dunders: the left operand first, the reflected method second,
# NotImplemented passing the turn, and the errors when nobody answers.
class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd called with", other)
        return self + other
    def __sub__(self, other):
        return V(self.x - other.x) if isinstance(other, V) else NotImplemented
    def __mul__(self, k):
        return V(self.x * k)
    __rmul__ = __mul__

print(V(1) + V(2))
print(V(1) + 5)
print(5 + V(1))
print(V(3) - V(1))
print(V(2) * 3, 3 * V(2))
print(sum([V(1), V(2), V(3)]))
try:
    V(1) + "a"
except TypeError as e:
    print(e)
try:
    "a" + V(1)
except TypeError as e:
    print(e)
try:
    V(1) - 2
except TypeError as e:
    print(e)
try:
    2 - V(1)
except TypeError as e:
    print(e)

class OnlyRadd:
    def __radd__(self, other):
        return ("radd", other)
print(1 + OnlyRadd())
print([1] + OnlyRadd())
try:
    OnlyRadd() + 1
except TypeError as e:
    print(e)
print(V(1).__add__("x"), V(1).__radd__(2))
