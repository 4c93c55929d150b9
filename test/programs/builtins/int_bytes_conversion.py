# int.to_bytes / int.from_bytes, bit_length, and encoding a record into bytes.
n = 1_000_000
print(n.to_bytes(4, "big"), n.to_bytes(4, "little"), n.bit_length())
print(int.from_bytes(b"\x00\x0f\x42\x40", "big"), int.from_bytes(b"\x40\x42\x0f", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), int.from_bytes(b"", "big"))
print((1024).to_bytes(2), int.from_bytes(b"\x01\x00"))
for bad in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"),
            lambda: (1).to_bytes(1, "middle")):
    try:
        bad()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)

def pack_record(user_id, score, flags):
    return user_id.to_bytes(4, "big") + score.to_bytes(2, "big", signed=True) + bytes([flags])

def unpack_record(raw):
    return (int.from_bytes(raw[0:4], "big"),
            int.from_bytes(raw[4:6], "big", signed=True),
            raw[6])

rec = pack_record(123456, -42, 0b101)
print(rec.hex(), len(rec), unpack_record(rec))
print((2 ** 64 - 1).to_bytes(8, "little").hex(), (37).bit_count(), (-37).bit_length())
