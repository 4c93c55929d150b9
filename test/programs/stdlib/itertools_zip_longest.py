import itertools
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')))
print(list(itertools.zip_longest('AB', 'xyz')))
print(list(itertools.zip_longest()))
print(list(itertools.zip_longest([1, 2, 3])))
print(list(itertools.zip_longest(range(2), range(4), range(3), fillvalue=0)))
try:
    itertools.zip_longest([], foo=1)
except TypeError as e:
    print("TypeError:", e)
z = itertools.zip_longest([1], [])
print(next(z))
print(list(z), list(z))
