# int.from_bytes: a class method with 3.11's default byteorder, any bytes-like or iterable
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: int.from_bytes(b"\x04\x00"))
show(lambda: int.from_bytes(b"\x04\x00", "little"))
show(lambda: int.from_bytes(b"\xff", signed=True))
show(lambda: int.from_bytes(b"\xff\xff", "big", signed=True))
show(lambda: int.from_bytes(b"\x80" + bytes(15), signed=True))
show(lambda: int.from_bytes([1, 2]))
show(lambda: int.from_bytes((1, 2), "little"))
show(lambda: int.from_bytes(bytearray(b"\x01\x00")))
show(lambda: int.from_bytes(iter([1, 2])))
show(lambda: int.from_bytes(b""))
show(lambda: int.from_bytes(b"", signed=True))
show(lambda: int.from_bytes("ab"))
show(lambda: int.from_bytes([256]))
show(lambda: int.from_bytes(b"\x01", "x"))
show(lambda: int.from_bytes(bytes=b"\x01", byteorder="little"))
show(lambda: (5).from_bytes(b"\x07"))
show(lambda: bool.from_bytes(b"\x01"))
show(lambda: bool.from_bytes(b"\x00\x00"))
show(lambda: type(bool.from_bytes(b"\x02")))
n = 2 ** 200 - 12345
print(int.from_bytes(n.to_bytes(26, "little"), "little") == n)
print(int.from_bytes((-n).to_bytes(26, "big", signed=True), "big", signed=True) == -n)
