# list, tuple, dict, set and frozenset constructors.
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1}), list({"a": 1}.values()))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(range(2)), tuple({"x": 0}.items()))
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0))
print(dict(zip("ab", (1, 2))), dict([("k", 1), ("k", 2)]), dict([["p", "q"]]))
print(sorted(set("hello")), sorted(set([3, 1, 3])), set(), len(set(range(100))))
print(sorted(frozenset("aba")), frozenset(), frozenset([1]) == {1}, type(frozenset()).__name__)
original = [1, 2]
copy = list(original)
copy.append(3)
print(original, copy, list(original) is original, tuple(t := (1, 2)) is t)
for bad in ((5,), ([1, 2],), ([(1, 2, 3)],)):
    try:
        dict(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
