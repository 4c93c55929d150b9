import _random
r = _random.Random(42)
print(r.random())
r.seed(5); print(r.getrandbits(70), r.random(), r.getrandbits(5), r.getrandbits(32), r.getrandbits(64))
for e in ['r.getrandbits(-1)','r.seed(1,2)','r.setstate(1)','r.setstate((1,)*3)','r.setstate((1,)*624+(700,))','r.setstate((1.5,)*625)','_random.Random(1,2)','_random.Random(x=1)','r.seed([1])', 'r.getrandbits()']:
  try: print(e, '->', eval(e))
  except Exception as x: print(e, '|', type(x).__name__, x)
r.seed(-5); a=r.random(); r.seed(5); print(a==r.random())
r.seed(2**100+7); print(r.random()); r.seed(1.5); print(r.random()); r.seed(0); print(r.random())
s = r.getstate(); x = [r.random() for i in range(3)]; r.setstate(s); print(x == [r.random() for i in range(3)], len(s), s[-1])

r.seed((1, 2)); print(r.random())
