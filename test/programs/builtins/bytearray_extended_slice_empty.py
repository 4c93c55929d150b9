# Assigning no bytes to an extended slice of a bytearray deletes it (a list raises ValueError).
for value in [b"", [], bytearray(), b"x", b"xyz"]:
    b = bytearray(b"abcdef")
    try:
        b[::2] = value
        print(repr(value), b)
    except Exception as e:
        print(repr(value), type(e).__name__, e)
l = [1, 2, 3, 4]
try:
    l[::2] = []
except ValueError as e:
    print(e)
