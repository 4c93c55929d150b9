import itertools
print(list(itertools.combinations('ABCD', 2)))
print(list(itertools.combinations(range(4), 3)))
print(list(itertools.combinations('AB', 3)), list(itertools.combinations('AB', 0)))
print(list(itertools.combinations_with_replacement('ABC', 2)))
print(list(itertools.combinations_with_replacement('', 2)), list(itertools.combinations_with_replacement('', 0)))
print(len(list(itertools.combinations(range(10), 4))))
print(len(list(itertools.combinations_with_replacement(range(5), 3))))
for f in (itertools.combinations, itertools.combinations_with_replacement):
    try:
        f('ab', -1)
    except ValueError as e:
        print("ValueError:", e)
try:
    itertools.combinations('ab')
except TypeError as e:
    print("TypeError:", e)
