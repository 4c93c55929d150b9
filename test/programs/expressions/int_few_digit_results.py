# Products of two-digit ints, sums of three-digit ints and remainders by a positive divisor
# below 2**37: values, sizes (sys.getsizeof), in-place forms, int subclasses and bools,
# reference counts of the operands, and results that never take a dying operand's block.
import sys

class MyInt(int):
    def __mul__(self, other):
        return "MyInt.__mul__"
    def __radd__(self, other):
        return "MyInt.__radd__"

two = [2**30, 2**31 - 1, 1103515245, 2**53 - 1, 2**53, 2**60 - 1, 3 * 2**45 + 7]
for x in two:
    for y in two + [-y for y in two[:3]] + [3, -7, 0]:
        p = x * y
        q = x
        q *= y
        print(p, q == p, sys.getsizeof(p), -x * y == -p)

three = [2**60, 2**90 - 1, 2**89 + 12345, 2**61 - 3]
for x in three:
    for y in three + [1, 2**30 - 1, 2**45, 0]:
        s, d, n = x + y, x - y, -x - y
        print(s, d, n, sys.getsizeof(s), sys.getsizeof(n), x + -y == d)

for x in [2**90 + 5, 2**70 - 1, 12345 * 2**60, 2**119 + 2**31 - 1, 0, 7]:
    for m in [2147483648, 2**36 + 3, 2**37 - 1, 2**37, 10, 1, 2**30, 2**30 + 1]:
        print(x % m, (-x) % m, x % -m, sys.getsizeof(x % m))

print(True * 2**40 * 2**40, (2**31) * True, 2**60 + True, False + 2**61)
print(MyInt(5) * 2**40, 2**61 + MyInt(3), MyInt(2**40) + 2**61)

a = 2**40 + 1
b = 2**41 + 3
before = (sys.getrefcount(a), sys.getrefcount(b))
for _ in range(50):
    c = a * b + a - b
    c = c % 2147483648
print(c, (sys.getrefcount(a), sys.getrefcount(b)) == before)

# The state's old value dies with each step; the result is a new block, as in CPython.
state = 12345
addresses = set()
for i in range(6):
    old = id(state)
    state = state * 1103515245 + 12345
    addresses.add(id(state) == old)
    state = state % 2147483648
print(state, addresses)
