# bytes and bytearray methods: encoding, hex, split, find, mutation.
data = "héllo wörld".encode("utf-8")
print(data, len(data), data.decode("utf-8"))
print(data.hex(), bytes.fromhex("48 65 6c 6c 6f"), b"\x00\xff".hex(":"))
print(b"a,b,,c".split(b","), b"  pad  ".strip(), b"abc".upper(), b"ABC".lower())
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"hello".startswith(b"he"))
print(list(b"AZ"), b"AZ"[0], b"AZ"[1:], bytes(3), bytes([65, 66]), bytes(range(97, 100)))
print(b"-".join([b"a", b"b"]), b"x" * 3, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc")
buf = bytearray(b"hello")
buf[0] = ord("J")
buf.extend(b"!!")
buf.append(63)
buf += b"?"
print(buf, len(buf), buf.pop(), bytes(buf))
del buf[1:3]
buf.insert(0, 62)
print(buf, buf.decode(), buf.isalpha(), bytearray(b"abc").reverse())
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), "é".encode("ascii", "replace"), "é".encode("latin-1"))
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
