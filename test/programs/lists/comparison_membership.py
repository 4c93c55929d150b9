# Lexicographic comparison and membership of lists.
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100])
print([] == [], [] < [0], [[1]] < [[2]], [1, [2]] == [1, [2]], [1, 2] == (1, 2))
print(3 in [1, 2, 3], [3] in [1, 2, 3], [3] in [[3]], "a" not in ["ab"], None in [None])
nan = float("nan")
print([nan] == [nan], nan in [nan], [float("nan")] == [float("nan")])
try:
    [1] < ["a"]
except TypeError as e:
    print("TypeError:", e)
