# __index__: where Python needs an integer (range, indexing, slicing, bin/hex/oct,
# repetition), and the errors when the answer is not one.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(list(range(I(3))), list(range(I(1), I(10), I(4))))
data = list("abcdef")
print(data[I(2)], data[I(-1)], data[I(1):I(4)], "xyz"[I(0)], (1, 2, 3)[I(1)])
print(bin(I(5)), hex(I(255)), oct(I(8)), "ab" * I(2), [0] * I(3), I(2) * "cd")
data[I(0)] = "A"
del data[I(1)]
print(data, bytes(I(2)), int(I(7)), round(2.5, I(0)))
print(len(range(I(4))), range(10)[I(3)], (I(3) and True))
import math
print(math.factorial(I(5)), "%d|%x" % (I(42), I(42)), complex(1, 2).__class__.__name__)

for bad in ["no", 1.5, None]:
    try:
        [1, 2][I(bad)]
    except TypeError as e:
        print(e)
try:
    range(I(2**100))[0]
    print("large range ok")
except OverflowError as e:
    print(e)
class NoIndex:
    pass
for f in [lambda: [1][NoIndex()], lambda: range(NoIndex()), lambda: bin(NoIndex()), lambda: "a" * NoIndex()]:
    try:
        f()
    except TypeError as e:
        print(e)
