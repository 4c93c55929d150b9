# + - * of two exact floats, done inline by the eval loop: signed zeros, infinities, NaN,
# overflow and underflow, in-place forms, results stored into locals and list items; a result
# may reuse a dying temporary or the float a local is about to drop, never one that is shared.
# Float subclasses and mixed operands still go through the slots.
import sys

values = [0.0, -0.0, 1.0, -1.0, 0.1, -2.5, 1e308, -1e308, 5e-324, -5e-324, 2.0**-1022,
          float("inf"), float("-inf"), float("nan"), 1.7976931348623157e308]
for a in values:
    print(repr(a), [(repr(a + b), repr(a - b), repr(a * b)) for b in values])

x = 1.5
x += 0.25; x *= -4.0; x -= 1e-17
print("in place", repr(x))
v = [0.5, -0.0, 3.0]
v[0] -= 0.125 * 2.0
v[1] += -0.0
v[2] *= v[2] * v[2]
print("items", [repr(t) for t in v])


class Meters(float):
    def __add__(self, other):
        return "Meters.__add__"

    def __rsub__(self, other):
        return "Meters.__rsub__"

    def __mul__(self, other):
        return Meters(float(self) * other)


m = Meters(2.0)
print(m + 1.0, 1.0 - m, type(m * 3.0).__name__, repr(1.0 + m), type(1.0 + m).__name__)
print(repr(1.5 * 2), repr(3 - 0.5), repr(True + 0.5), repr(2**60 * 1.5))

# Each temporary goes back to the float free list: the blocks in use grow by CPython's count
# (the loop's own variables), not by the loop's length; operands keep their values.
before = sys.getallocatedblocks()
acc = 0.0
for i in range(20000):
    acc = (acc * 0.5 + 1.25) - (acc * 0.25)
print(repr(acc), sys.getallocatedblocks() - before)
a, b = 0.75, 1.25
c = a * b + a
print(repr(a), repr(b), repr(c), repr(a - b * c))


def locals_and_aliases(n):
    p, q = 1.5, 0.25
    x = p * q
    kept = x            # x's float is shared now: x = ... must leave kept alone
    x = p - q
    y = x
    y = y * q           # y's old float is x's too
    z = p + q
    for _ in range(n):
        z = p * z       # z's float is z's alone: its next value may go there
        w = z - p
        q = q + w * 0.0
    pair = [z, z]
    z = pair[0] + p     # the list still holds z's old float
    return kept, x, y, z, w, q, pair


print([repr(t) for t in locals_and_aliases(5)])
try:
    locals_and_aliases(0)   # w is never bound
except UnboundLocalError as e:
    print(type(e).__name__)
