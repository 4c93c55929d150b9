# Comparisons of sequences, strings, mixed numbers, and the TypeError for unorderable types.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9])
print((1, "a") < (1, "b"), (1, 2) == (1, 2), (1, 2) != [1, 2], () < (0,))
print("apple" < "banana", "Zebra" < "apple", "abc" < "abd", "ab" < "abc", "é" > "z")
print(1 == 1.0 == True, "1" == 1, None == 0, [1] == [1.0], {1: "a"} == {1.0: "a"})
print(max("abc", "abd"), min([3, 1], [2, 9]), sorted([(2, "b"), (1, "z"), (2, "a")]))
for a, b in ((1, "x"), ([1], (1,)), (None, None), ({1}, [1])):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} < {2})
