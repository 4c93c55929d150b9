# Indexing and slicing strings with positive, negative and out-of-range bounds.
s = "abcdefghij"
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::3], s[1::2], s[::-1], s[-2::-2], s[8:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], s[::-100], repr(s[10:]))
print(s[slice(2, 8, 3)], s[slice(None, None, -4)])
for bad in (10, -11):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print("é😀x"[1], "é😀x"[::-1], len("é😀x"[1:]))
