# reversed on sequences and ranges.
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(0))))
print("".join(reversed("stressed")))
r = reversed([1, 2])
print(next(r), next(r), next(r, "end"))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
