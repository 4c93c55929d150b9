# bytes.hex(sep, bytes_per_sep) and bytes.fromhex / bytearray.fromhex
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = b"\x01\x02\xff\x04\x05"
show(lambda: data.hex())
show(lambda: data.hex(":"))
show(lambda: data.hex(":", 2))
show(lambda: data.hex(":", -2))
show(lambda: data.hex(b"-", 3))
show(lambda: data.hex(sep="_", bytes_per_sep=1))
show(lambda: data.hex(":", 0))
show(lambda: data.hex("::"))
show(lambda: data.hex("\u00e9"))
show(lambda: data.hex(1))
show(lambda: b"".hex(":"))
show(lambda: bytearray(data).hex(" ", 4))
show(lambda: bytes.fromhex("01 02ff"))
show(lambda: bytes.fromhex(" 01 "))
show(lambda: bytes.fromhex("ab cd\n"))
show(lambda: bytes.fromhex("0g"))
show(lambda: bytes.fromhex("1"))
show(lambda: bytes.fromhex("ab\x00cd"))
show(lambda: bytes.fromhex(b"01"))
show(lambda: bytearray.fromhex("0102"))
show(lambda: type(bytearray.fromhex("")))
