# sys.getsizeof of bytes (33 + len) and bytearray (56 + allocated).
import sys
for b in (b"", b"a", b"ab", b"x" * 100, bytes(1000), "é".encode()):
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"a")))
