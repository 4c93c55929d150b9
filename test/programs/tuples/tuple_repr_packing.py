# Tuple packing and the repr of tuples of different shapes.
x = 1, 2, 3
y = 4,
z = ()
print(x, y, z, repr(("a",)), repr((None, (), ((),))), str(("é", b"x")))
def pair():
    return "left", "right"
print(pair(), type(pair()).__name__)
for item in (1, "a"), (2, "b"):
    print(item)
print((1, 2) if True else None, [(i, i * i) for i in range(3)])
print(tuple([1, [2, (3,)]]), tuple(range(3)) == (0, 1, 2), (1, 2)[::-1])
