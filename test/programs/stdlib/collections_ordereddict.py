from collections import OrderedDict
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(od, OrderedDict(), OrderedDict(x=1))
od.move_to_end('a'); print(list(od)); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(b=2) == OrderedDict(b=2), OrderedDict([(1, 1), (2, 2)]) == OrderedDict([(2, 2), (1, 1)]))
print(OrderedDict([(1, 1), (2, 2)]) == {2: 2, 1: 1}, OrderedDict([(1, 1)]) != OrderedDict([(1, 2)]))
try:
    od.move_to_end('zz')
except KeyError as e:
    print("KeyError:", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError:", e)
o = OrderedDict.fromkeys('xyz', 0); o['w'] = 9
print(o, o.copy(), type(o.copy()).__name__, o.pop('x'), o.setdefault('q', 5), o)
print(isinstance(o, dict), len(o), list(reversed(o)), o | {'n': 1}, o.pop('nope', 'default'))
o.update([('y', 7)], z=8); print(o, list(o.keys()), list(o.values()), list(o.items())[:2])
