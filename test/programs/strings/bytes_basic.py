# bytes: literals, indexing gives ints, slicing gives bytes, repr.
b = b"hello\x00\xff"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], list(b[:2]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), bytes())
print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"abc" < b"abd", b"a" == "a")
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\\"), repr(b"\x7f\x80"))
print(b"abc".upper(), b" x ".strip(), b"a,b".split(b","), b"-".join([b"x", b"y"]), b"abc".find(b"c"))
print(b"hello".hex(), bytes.fromhex("68 65 6c"), b"hi".decode(), b"ab".replace(b"a", b"z"))
ba = bytearray(b"abc")
ba[0] = 122
ba.append(33)
ba.extend(b"??")
print(ba, bytes(ba), len(ba), ba.pop(), ba)
for bad in ([256], [-1], "text"):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
