from collections import deque
d = deque(range(150))
print(sum(d), list(d)[-3:], list(reversed(d))[:3], len(list(iter(d))))
print([x for x in deque('abc')], list(reversed(deque('abc'))), list(reversed(deque())))
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__())
d = deque([3, 1, 2])
print(sorted(d), max(d), min(d), tuple(d), set(d) == {1, 2, 3})
print(d.__reduce__()[0].__name__, d.__reduce__()[1], list(d.__reduce__()[3]))
print(deque([1], 5).__reduce__()[1])
for i, x in enumerate(deque('xy')):
    print(i, x)
a, b, c = deque([7, 8, 9]); print(a, b, c)
