# In-place operators: __iadd__ and friends, falling back to the binary form.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __repr__(self):
        return f"Acc({self.items})"

a = Acc()
alias = a
a += 1
a += "two"
print(a, a is alias)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return Num(self.v + other)
    def __isub__(self, other):
        return NotImplemented
    def __sub__(self, other):
        return Num(self.v - other)
    def __imul__(self, other):
        print("imul returns None")
    def __repr__(self):
        return f"Num({self.v})"

n = Num(1)
before = n
n += 5
print(n, n is before)
n -= 2
print(n)
n *= 3
print(n)

class Both:
    def __ior__(self, o):
        return "ior"
    def __or__(self, o):
        return "or"
    def __ror__(self, o):
        return "ror"
b = Both()
b |= 1
print(b)
x = 1
x |= Both()
print(x)

for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "^=", "|=", "@="]:
    try:
        y = object()
        exec(f"y {op} 1")
    except TypeError as e:
        print(e)
