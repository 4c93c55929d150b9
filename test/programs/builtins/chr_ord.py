# chr and ord across the Unicode range.
print(ord("A"), ord("a"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(97), chr(48), repr(chr(0)), chr(233), chr(8364), chr(128512), repr(chr(127)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print([ord(c) for c in "glass"], chr(0x10FFFF) == "\U0010ffff")
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("", "ab"):
    try:
        ord(bad)
    except TypeError as e:
        print("TypeError:", e)
print(ord(b"A"), ord(bytearray(b"z")))
