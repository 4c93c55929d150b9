# ASCII upper/lower/swapcase/casefold/capitalize/title over every ASCII character, at every
# offset and length mod 4 (the mapping works four characters at a time, the rest one by one).
every = "".join(chr(c) for c in range(128))
def digest(s):
    total = 0
    for i, ch in enumerate(s):
        total = (total * 131 + ord(ch) + i) % 1000000007
    return total
for shift in range(5):
    for length in (0, 1, 2, 3, 4, 5, 7, 8, 127, 128):
        t = (every[shift:] + every[:shift])[:length]
        row = [t.upper(), t.lower(), t.swapcase(), t.casefold(), t.capitalize(), t.title()]
        print(shift, length, [digest(x) for x in row], all(x.isascii() for x in row))
print(every[32:].upper())
print(every[32:].lower())
print(every[32:].swapcase())
print("@[`{ AZaz".swapcase(), "hello World".upper(), "MiXeD 123 text!".lower())
big = "the quick brown fox JUMPS over the lazy dog " * 100
print(len(big.upper()), big.upper()[:44], big.lower()[-44:], big.swapcase()[44:88])
