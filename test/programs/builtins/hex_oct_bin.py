# hex, oct and bin of ints of both signs and sizes.
for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 70) + 3):
    print(n, hex(n), oct(n), bin(n))
print(hex(True), bin(False), int(hex(12345), 16), int(bin(-77), 2), int(oct(99), 8))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print(format(255, "x"), format(255, "#X"), format(8, "o"), format(5, "08b"))
