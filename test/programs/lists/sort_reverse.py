# list.sort and list.reverse work in place and return None.
a = [5, 2, 9, 1, 5, 6]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
print(a.reverse(), a)
words = ["pear", "Fig", "apple", "date"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "z"), (1, "a")]
pairs.sort()
print(pairs)
mixed = [3.5, 1, True, -2, 0.0]
mixed.sort()
print(mixed)
e = []
e.sort()
e.reverse()
print(e)
try:
    [1, None, 2].sort()
except TypeError as err:
    print("TypeError:", err)
