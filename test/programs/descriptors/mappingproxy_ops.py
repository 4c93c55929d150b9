mappingproxy = type(type.__dict__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {'a': 1, 'b': 2}
mp = mappingproxy(d)
print(mp, str(mp), len(mp), list(mp), 'a' in mp, 'z' in mp, mp['a'], mp.get('a'), mp.get('q'), mp.get('q', 5))
print(mp.keys(), mp.values(), mp.items(), mp.copy(), type(mp.copy()).__name__, list(reversed(mp)))
d['c'] = 3
print(mp, mp == d, mp != d, mp == {'a': 1}, mp | {'z': 0}, {'z': 0} | mp, mp | mp)
t(lambda: mp['zz'])
t(lambda: mp < mp)
t(lambda: hash(mp))
t(lambda: mappingproxy([]))
t(lambda: mappingproxy(()))
t(lambda: mappingproxy(1))
t(lambda: mappingproxy())
t(lambda: mappingproxy(mapping={'k': 1}))
t(lambda: mp.get())
t(lambda: mp.get(1, 2, 3))
t(lambda: mp.keys(1))
t(lambda: mp.__setitem__)
def setit():
    mp['a'] = 5
def delit():
    del mp[0]
def ior():
    global mp
    mp |= {}
t(setit)
t(delit)
t(ior)
t(lambda: mp.__ior__({}))
t(lambda: mp | 1)
print(mappingproxy("abc")[1], mp.__class__.__name__)
import sys
print(sys.getsizeof(mp))
