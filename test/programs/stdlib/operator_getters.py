import operator
g = operator.itemgetter(1)
print(g, g([10, 20, 30]), g('abc'), g({1: 'one'}))
g2 = operator.itemgetter(2, 0, 'x' and 1)
print(g2, g2('abcd'), operator.itemgetter('a', 'b')({'a': 1, 'b': 2}))
print(operator.itemgetter(slice(1, 3))([0, 1, 2, 3]), operator.itemgetter(-1)((5, 6, 7)))
records = [('bob', 25), ('amy', 31), ('cal', 19)]
print(sorted(records, key=operator.itemgetter(1)), max(records, key=operator.itemgetter(0)))
a = operator.attrgetter('real')
print(a, a(3 + 4j), operator.attrgetter('real', 'imag')(3 + 4j))
d = operator.attrgetter('__class__.__name__', 'bit_length')
print(d, d(5)[0], d(5)[1]())
m = operator.methodcaller('split', ',', maxsplit=1)
print(m, m('a,b,c'), operator.methodcaller('upper'), operator.methodcaller('upper')('abc'))
print(operator.methodcaller('replace', 'a', 'o')('banana'), operator.methodcaller('count', 'a', 2)('banana'))
print(g.__reduce__(), g2.__reduce__(), a.__reduce__())
print(type(g).__name__, type(a).__name__, type(m).__name__)
for f, arg in [(operator.itemgetter(5), [1]), (operator.attrgetter('x.y'), 1), (operator.methodcaller('nope'), 'x')]:
    try:
        f(arg)
    except (IndexError, AttributeError) as e:
        print(type(e).__name__, e)
for make in [lambda: operator.itemgetter(), lambda: operator.attrgetter(), lambda: operator.attrgetter(1),
             lambda: operator.methodcaller(), lambda: operator.methodcaller(1), lambda: operator.itemgetter(1, x=2),
             lambda: operator.itemgetter(1)(), lambda: operator.itemgetter(1)([1, 2], 3)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
