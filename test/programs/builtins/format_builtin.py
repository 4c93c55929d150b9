# format(value, spec) and ascii().
print(format(3.14159, ".2f"), format(42, "5d"), format(42, "<5") + "|", format("s", "^5") + "|")
print(format(1234567, ","), format(0.25, "%"), format(12, "b"), format(1e6, "e"), format(123))
print(format("text"), format(None), format([1, 2]), format(True), format(True, "d"))
print(ascii("plain"), ascii("é"), ascii("😀"), ascii(["ü", 1]), ascii("\n"))
try:
    format(1, "q")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
