# iter() of ranges whose bounds are one-digit ints (below 2**30): the iterator's start, step
# and length at the extremes, negative steps, empty ranges, and its length hint as it runs.
import itertools
import operator

top = 2 ** 30 - 1
cases = [
    (0, 5, 1), (5, 0, 1), (3, 3, 1), (-5, 5, 1), (5, -5, -1), (0, 10, 3), (10, 0, -3),
    (-top, top, 1), (top, -top, -1), (-top, top, top), (top, -top, -top), (0, top, 2),
    (-top, -top + 3, 1), (top - 2, top, 1), (0, 1, top), (0, -1, -top),
]
for start, stop, step in cases:
    it = iter(range(start, stop, step))
    hint = operator.length_hint(it)
    head = list(itertools.islice(it, 3))
    print(start, stop, step, hint, head, operator.length_hint(it), len(range(start, stop, step)))

it = iter(range(2))
print(next(it), next(it), next(it, "done"), operator.length_hint(it))
print(list(range(2 ** 30, 2 ** 30 + 3)), list(range(-(2 ** 30) - 1, -(2 ** 30) + 2)))
print(sum(range(-top, -top + 1000)), sum(range(top, top - 1000, -1)), sum(1 for _ in range(0, 100, 7)), list(range(9, -1, -4)))
for n in (0, 1, 3, -2):
    print(n, [x for x in range(n)], list(reversed(range(n))))
