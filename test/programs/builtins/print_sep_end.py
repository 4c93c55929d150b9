# print with sep, end, no arguments, and non-string objects.
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print(1, 2.5, None, True, [1, "x"], (1,), {"k": "v"}, sep=" | ")
print(*range(5), sep="\n", end="\n--\n")
print("x", sep=None, end=None)
print("tab\tand\\backslash", 'quote"s', "multi\nline")
print("", "", sep="[]")
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError:", e)
