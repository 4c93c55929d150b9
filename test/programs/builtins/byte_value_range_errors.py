# An int argument taken as a byte value is checked against range(0, 256) whatever its size:
# CPython saturates or catches the overflow first, so the error is a ValueError, never OverflowError.
for src in ["b'ab'.index(2**64)", "b'ab'.count(-2**64)", "bytearray(b'ab').find(2**70)", "2**64 in b'ab'", "bytearray(b'a').append(2**64)",
            "bytearray(b'a').__setitem__(0, -2**64)", "bytearray(b'a').insert(0, 256)", "bytes([2**64])", "bytearray([300])", "b'ab'.index(1.5)"]:
    try:
        print(src, eval(src))
    except Exception as e:
        print(src, type(e).__name__, e)
print(bytearray([2**64]) if False else 0)
for s in ["bytearray([2**64])", "bytearray(iter([2**64]))", "bytes(iter([-2**64]))", "bytes((2**64,))"]:
    try: eval(s)
    except Exception as e: print(s, type(e).__name__, e)
