# Iterating ranges forwards, backwards, with negative steps and large values.
print(list(reversed(range(1, 10, 2))), list(reversed(range(10, 1, -3))), list(reversed(range(0))))
total = 0
for i in range(10, 0, -1):
    total = total * 2 + i
print(total)
print([i for i in range(-5, 5, 2)], [i for i in range(5, -5, -2)])
big = range(2 ** 64, 2 ** 64 + 3)
print(list(big), list(reversed(big)))
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "stop"))
print(sum(range(10 ** 6)), len(range(-(2 ** 70), 2 ** 70, 2 ** 60)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
