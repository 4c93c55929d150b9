import operator as o
for e in ['o.add(1)','o.neg()','o.not_(1,2)','o.itemgetter()','o.attrgetter()','o.attrgetter(1)','o.methodcaller()','o.methodcaller(1)','o.index(1.5)','o.concat(1,2)','o.length_hint(1,"a")','o.indexOf([1],2)','o.call()','o.itemgetter(1)(1)','o.attrgetter("x.y")(1)','o.countOf(1,1)','o.add(x=1)','o.itemgetter(1, x=2)','o.iconcat(1,[])','o.truth()']:
  try: print(e, '->', eval(e))
  except Exception as x: print(e, '|', type(x).__name__, x)
print(o.itemgetter(1), o.itemgetter(1,'a'), o.attrgetter('a.b','c'), o.methodcaller('f', 1, k=2), o.methodcaller('g'))
print(o.add, o.__add__, o.add.__module__, o.length_hint([1,2]), o.length_hint(iter([1,2,3])), o.length_hint(5, 9))
print(len([n for n in dir(o) if not n.startswith('_')]))
print(o.__name__, o.itemgetter.__module__, o.itemgetter(1).__reduce__())
print(o.itemgetter(1, 0)([5, 6]), o.attrgetter('real', 'imag')(3+4j), o.attrgetter('__class__.__name__')(1))
print(o.methodcaller('split', ',', maxsplit=1)('a,b,c'), o.methodcaller('upper')('x'))
print(o.add(1, 2), o.sub(5, 3), o.mul('a', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.neg(3), o.pos(-3), o.abs(-4), o.inv(5), o.invert(5), o.not_([]), o.truth([1]), o.index(7))
print(o.lshift(1, 4), o.rshift(256, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10))
print(o.eq(1, 1.0), o.ne(1, 2), o.lt(1, 2), o.le(2, 2), o.gt(1, 2), o.ge(3, 2), o.is_(None, None), o.is_not(1, None))
l = [1, 2]
print(o.iadd(l, [3]), l, o.iconcat(l, [4]), o.concat((1,), (2,)), o.isub(5, 2), o.imul([0], 2))
d = {}
o.setitem(d, 'a', 1); o.setitem(d, 'b', 2); o.delitem(d, 'a')
print(d, o.getitem(d, 'b'), o.contains([1, 2], 2), o.countOf([1, 2, 1], 1), o.indexOf('abc', 'c'))
print(o.call(max, 3, 9, 4), o.call(sorted, [3, 1], reverse=True))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=o.itemgetter(1)))
