import itertools
print(list(itertools.permutations('ABC')))
print(list(itertools.permutations(range(4), 2)))
print(list(itertools.permutations([], 0)), list(itertools.permutations([])))
print(list(itertools.permutations('AB', 3)))
print(len(list(itertools.permutations(range(6)))))
print(list(itertools.permutations('abc', 0)))
for r in [-1, 'a']:
    try:
        itertools.permutations('ab', r)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
