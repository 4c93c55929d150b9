import itertools
print([k for k, g in itertools.groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in itertools.groupby('AAAABBBCCD')])
data = [1, 3, 5, 2, 4, 7, 9, 6]
for key, group in itertools.groupby(data, key=lambda x: x % 2):
    print(key, list(group))
groups = list(itertools.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
g = itertools.groupby([('a', 1), ('a', 2), ('b', 3)], lambda p: p[0])
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(itertools.groupby([])))
print(type(g2).__name__)
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({k: len(list(v)) for k, v in itertools.groupby(words, key=lambda w: w[0])})
