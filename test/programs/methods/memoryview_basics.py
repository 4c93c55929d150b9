# memoryview over bytes and bytearray: items, slices with steps, comparison, hashing, writes, exports that block resizing, release.
import sys
m = memoryview(b"hello world")
print(len(m), m[0], m[-1], bytes(m[1:5]), m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.nbytes)
print(sys.getsizeof(m), m.tobytes(), m.tolist()[:3], m.hex(), m[::2].tobytes(), m[::-1].tobytes())
print(m == b"hello world", m == memoryview(b"hello world"), m != b"x", hash(m) == hash(b"hello world"))
ba = bytearray(b"abcdef")
v = memoryview(ba)
v[0] = 65
v[1:3] = b"XY"
print(ba, v.readonly, v.obj is ba)
try:
    ba.append(1)
except BufferError as e:
    print("BufferError:", e)
try:
    hash(v)
except ValueError as e:
    print("ValueError:", e)
try:
    v[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    v[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
v.release()
ba.append(1)
print(ba, v.released if hasattr(v, "released") else None)
try:
    len(v)
except ValueError as e:
    print("ValueError:", e)
with memoryview(ba) as w:
    print(w[2:4].tobytes(), list(w[:3]))
ba.extend(b"!")
print(ba)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError:", e)
print(b"".join([memoryview(b"ab"), b"cd"]), bytearray(memoryview(b"xy")))
try:
    m[20]
except IndexError as e:
    print("IndexError:", e)
print(repr(memoryview(b"")).startswith("<memory at 0x"), sys.getsizeof(memoryview(b"")))
