from collections import namedtuple
Point = namedtuple('Point', 'x y')
for args in [('1x', ['a']), ('P', ['a', 'a']), ('P', ['_a']), ('P', ['class']), ('P', [1, 'b']), ('def', 'a')]:
    try:
        namedtuple(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    namedtuple('P', 'a', defaults=[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    Point._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2)._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2).x = 5
except AttributeError as e:
    print("AttributeError:", e)
