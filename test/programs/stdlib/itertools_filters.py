import itertools
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.compress(range(10), itertools.cycle([True, False]))))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
print(list(itertools.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda *a: sum(a), [[1, 2, 3], (4,), ()])))
tw = itertools.takewhile(lambda x: x != 3, iter([1, 2, 3, 4, 5]))
print(list(tw), list(tw))
def bad(x):
    raise ValueError("bad %d" % x)
try:
    list(itertools.dropwhile(bad, [7]))
except ValueError as e:
    print("ValueError:", e)
try:
    list(itertools.starmap(len, [1]))
except TypeError as e:
    print("TypeError:", e)
