# str concatenation, repetition, indexing in expressions.
s = "ab" + "cd"
print(s, s * 3, 3 * s, s * 0, s * -2, repr("" * 5))
print(s[0] + s[-1], s[1:3], s[::-1], s[::2], s[5:], s[-100:2])
print("x" "y" "z", ("multi"
       "line"))
words = ["a", "b"] * 2 + ["c"]
print(words, [[]] * 2, (1,) * 3, (1, 2) + (3,))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
print(len("ab" * 1000), ("-" * 10).count("-"))
