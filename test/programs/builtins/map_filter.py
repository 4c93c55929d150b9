# map and filter are lazy iterators.
print(list(map(str, [1, 2, 3])), list(map(abs, (-1, 2, -3))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isupper, "aBcDE")))
m = map(int, "123")
print(type(m).__name__, next(m), list(m), list(m))
calls = []
lazy = map(lambda x: calls.append(x) or x, range(3))
print(calls)
print(next(lazy), calls)
print(sum(map(len, ["ab", "cde"])), list(map(list, ["ab", ()])))
