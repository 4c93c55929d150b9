# Small ints (-5..256) are cached; larger ints made at run time are distinct objects.
a = 256
b = 256
print(a is b)
c = int("257")
d = int("257")
print(c == d, c is d)
e = 100 + 156
print(e is a)
x = 2 ** 8
print(x is a)
y = int("-5")
z = int("-6")
print(y is int("-5"), z is int("-6"))
small = [i for i in range(-5, 257)]
print(all([v is int(str(v)) for v in small]))
large = [int(str(v)) is int(str(v)) for v in (257, 1000, -6, 10 ** 20)]
print(large)
zero, false = 0, False
thousand = 1000
print(zero is int("0"), int("0") is false, thousand - 744 is a)
