# operator module functions as first-class replacements for operators, including on user types.
import operator
from functools import reduce

print(operator.add(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.truth([]), operator.abs(-4), operator.mod(7, 3))
print(operator.eq(1, 1.0), operator.lt("a", "b"), operator.contains([1, 2], 2), operator.is_(None, None))
print(operator.concat([1], [2]), operator.getitem("hello", 1), operator.index(7), operator.pow(2, 5))
print(reduce(operator.mul, range(1, 7)), reduce(operator.or_, [1, 2, 8]), reduce(operator.xor, [5, 3]))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}

def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(float(tok))
    return stack.pop()

print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("10 4 /"))

class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + o.v)
    def __iadd__(self, o):
        self.v += o.v
        return self
    def __lt__(self, o):
        return self.v < o.v

a = Acc(1)
b = operator.iadd(a, Acc(5))
print(a is b, a.v, operator.add(Acc(2), Acc(3)).v, operator.lt(Acc(1), Acc(2)))
data = [1, 2, 3]
operator.setitem(data, 0, 9)
operator.delitem(data, 1)
print(data, operator.length_hint(iter(range(4))), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
