# memoryview.toreadonly() (still an export of a bytearray), tobytes(order), hex(sep, bytes_per_sep),
# and the argument errors of these and of split and bytearray.maketrans, as CPython gives them.
b = bytearray(b"abc")
m = memoryview(b).toreadonly()
print(m.readonly, m.tobytes(), m.tobytes("F"), m.tobytes(order=None), bytes(m[1:]))
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    hash(m)
except TypeError as e:
    print("TypeError", e)
m.release()
b.append(100)
print(b)
r = memoryview(b"xyz").toreadonly()
print(hash(r) == hash(b"xyz"), r.hex(), r.hex(":"), r.hex(sep="-", bytes_per_sep=2), memoryview(b"abcd").hex("_", -1))
for call in ["r.tobytes(1)", "r.tobytes('Z')", "r.tobytes('C', 1)", "r.hex(1, 2, 3)", "r.hex(x=1)", "r.toreadonly(1)", "'a b'.split(1.5, 'x')",
             "bytearray.maketrans(b'a', b'b', x=1)", "bytearray.maketrans(b'a')"]:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
for call in ["b'abc'.hex('utf-8', '%d')", "b'abc'.hex(True, None)", "memoryview(b'ab').hex('{}', [1])", "b'abc'.hex(':', 2)"]:
    try:
        print(call, eval(call))
    except Exception as e:
        print(call, type(e).__name__, e)
