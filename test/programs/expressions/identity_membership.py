# is / is not / in / not in across container types.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, None is None)
print(1 in [1, 2], 3 not in [1, 2], 2 in (1, 2), 2 in {2: "x"}, "x" in {2: "x"})
print("b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "")
print(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2), -1 in range(-5, 0))
print(1.0 in [1], True in [1], 0 in [False], [1] in [[1]], (1,) in [(1,)])
print(3 in {1, 2, 3}, frozenset([1]) in {frozenset([1])}, 2 not in {1})
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
print(a in [c], a in [[1, 2]], not 1 in [1])
