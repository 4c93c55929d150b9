import functools
import operator
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(operator.mul, range(1, 8)))
print(functools.reduce(lambda a, b: a + [b * 2], 'ab', []), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(operator.add, [], 7), functools.reduce(operator.add, ['only']), functools.reduce(operator.add, iter('xyz')))
for src in ['functools.reduce(len)', 'functools.reduce(len, [])', 'functools.reduce()',
            'functools.reduce(1, 2, 3, 4)', 'functools.reduce(lambda a, b: a + b, 5)',
            'functools.reduce(operator.truediv, [1, 0])']:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '|', type(e).__name__, e)
