from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c.total(), sorted(c.elements()))
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), Counter())
print(Counter({'x': 2}) == Counter(x=2, y=0), Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=1))
del c['a']; del c['nothere']; print(c, Counter(cats=4, dogs=8).most_common())
words = 'the quick the lazy the dog dog'.split()
print(Counter(words).most_common(1), dict(Counter(words)), Counter(words).most_common(0))
x = Counter(a=1); x += Counter(a=2, b=-1); print(x); x -= Counter(a=5); print(x)
print(Counter([1, 1, 2]).copy(), isinstance(Counter(), dict), Counter(a=2, b=2, c=1).most_common())
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print("NotImplementedError:", e)
