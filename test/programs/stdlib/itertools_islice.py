import itertools
s = 'ABCDEFG'
print(list(itertools.islice(s, 2)))
print(list(itertools.islice(s, 2, 4)))
print(list(itertools.islice(s, 2, None)))
print(list(itertools.islice(s, 0, None, 2)))
print(list(itertools.islice(s, None)))
print(list(itertools.islice(s, 1, 100, 3)))
print(list(itertools.islice(range(10), 5, 2)))
it = iter(range(10))
print(list(itertools.islice(it, 3)), next(it))
for args in [(-1,), (1, -1), (1, 2, 0), ('a',), (None, 2, -2), (-3, None)]:
    try:
        itertools.islice(s, *args)
    except ValueError as e:
        print("ValueError:", e)
for args in [(), (1, 2, 3, 4)]:
    try:
        itertools.islice(s, *args)
    except TypeError as e:
        print("TypeError:", e)
