import itertools
print(list(itertools.product('AB', 'xy')))
print(list(itertools.product(range(2), repeat=3)))
print(list(itertools.product()))
print(list(itertools.product('ab', [])))
print(list(itertools.product('ab', repeat=0)))
print(len(list(itertools.product(range(3), range(4), range(5)))))
try:
    itertools.product('a', repeat=-1)
except ValueError as e:
    print("ValueError:", e)
try:
    itertools.product('a', x=1)
except TypeError as e:
    print("TypeError:", e)
kept = list(itertools.product([1, 2], [3]))
print(kept)
