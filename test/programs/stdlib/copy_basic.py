import copy
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
print(b == a, b is a, b[1] is a[1], c[1] is a[1], c[2]['k'] is a[2]['k'], c)
t = (1, [2]); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, 2)) == (1, 2))
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d[1] is not cyc)
memo = {}; x = [1, 2]; y = copy.deepcopy([x, x], memo); print(y[0] is y[1], id(x) in memo)
print(copy.copy(len) is len, copy.copy({1, 2}), copy.deepcopy({'a': (1, [2])}), copy.copy(b'ab'))
s = {'n': {1, 2}}; s2 = copy.deepcopy(s); print(s2, s2['n'] is s['n'])
from collections import OrderedDict, Counter, deque, defaultdict, namedtuple
Pt = namedtuple('Pt', 'x y')
print(copy.deepcopy(OrderedDict(a=[1])), copy.copy(Counter('aab')), copy.deepcopy(deque([[1]], 3)))
print(copy.deepcopy(defaultdict(list, a=[1])), copy.deepcopy(Pt(1, [2])), copy.copy(Pt(3, 4)))
dq = deque([[1]]); dq2 = copy.deepcopy(dq); print(dq2[0] is dq[0], copy.copy(dq)[0] is dq[0])
