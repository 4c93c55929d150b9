import itertools
print(list(itertools.pairwise('ABCDE')), list(itertools.pairwise('A')), list(itertools.pairwise('')))
calls = [
    lambda: itertools.cycle(),
    lambda: itertools.cycle(1),
    lambda: itertools.cycle([], x=1),
    lambda: itertools.repeat(),
    lambda: itertools.repeat(1, 2, 3),
    lambda: itertools.chain(x=1),
    lambda: itertools.compress(),
    lambda: itertools.dropwhile(len),
    lambda: itertools.takewhile(),
    lambda: itertools.filterfalse(1),
    lambda: itertools.starmap(1),
    lambda: itertools.pairwise(),
    lambda: itertools.groupby(),
    lambda: itertools.tee(),
    lambda: itertools.tee(1),
    lambda: itertools.accumulate(),
    lambda: itertools.accumulate([], x=1),
    lambda: itertools.count('a'),
    lambda: itertools.count(1, 'a'),
    lambda: itertools.count(x=1),
    lambda: itertools.chain.from_iterable(),
    lambda: itertools.permutations(),
]
for f in calls:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
