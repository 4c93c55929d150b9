# Comparisons that are not supported raise TypeError with the operator in the message.
class Plain:
    pass

class OnlyEq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v

p, q = Plain(), Plain()
print(p == p, p == q, p != q)
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"p {op} q")
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([OnlyEq(2), OnlyEq(1)])
except TypeError as e:
    print("TypeError:", e)
print(OnlyEq(1) == OnlyEq(1), OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
print(OnlyEq(3) in [OnlyEq(1), OnlyEq(3)], [OnlyEq(1), OnlyEq(3)].index(OnlyEq(3)))
try:
    max([Plain(), Plain()])
except TypeError as e:
    print("TypeError:", e)
