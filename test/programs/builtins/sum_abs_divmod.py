# sum, abs and divmod.
print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(1000)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum([1.5, 2, True]))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(-(2 ** 100)), abs(3 - 4j), abs(True))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(2 ** 70, 7))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
print(sum([1, 2], start=100), sum(range(0), start=-1))
