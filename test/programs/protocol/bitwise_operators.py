# Bitwise and shift operators on a fixed-width bit set class.
class Bits:
    width = 8

    def __init__(self, value):
        self.value = value & ((1 << self.width) - 1)

    def __repr__(self):
        return f"Bits({self.value:0{self.width}b})"

    def __and__(self, o):
        return Bits(self.value & int(o))
    def __or__(self, o):
        return Bits(self.value | int(o))
    def __xor__(self, o):
        return Bits(self.value ^ int(o))
    __rand__, __ror__, __rxor__ = __and__, __or__, __xor__
    def __invert__(self):
        return Bits(~self.value)
    def __lshift__(self, n):
        return Bits(self.value << n)
    def __rshift__(self, n):
        return Bits(self.value >> n)
    def __int__(self):
        return self.value
    def __getitem__(self, i):
        return (self.value >> i) & 1
    def __len__(self):
        return self.width

a, b = Bits(0b1100_1010), Bits(0b1010_0110)
print(a & b, a | b, a ^ b, ~a)
print(a << 1, a >> 3, 0b1111 & a, 1 | b)
print([a[i] for i in range(len(a))], int(a))
x = Bits(1)
x <<= 7
x |= 1
print(x)
try:
    a << b
except TypeError as e:
    print("TypeError:", e)
