from collections import defaultdict
import sys
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dd.default_factory, dict(dd), 'c' in dd, dd.get('c'), len(dd))
cnt = defaultdict(int)
for ch in 'mississippi':
    cnt[ch] += 1
print(sorted(cnt.items()), type(cnt.copy()).__name__, cnt.copy() == cnt)
dd2 = defaultdict(); dd2.default_factory = set; print(dd2['x'], dd2)
print(isinstance(dd, dict), dd == {'a': [1, 3], 'b': [2]}, defaultdict(None, {1: 2}))
print(defaultdict(list, a=1), defaultdict(lambda: 'z')['q'], sys.getsizeof(defaultdict()) == sys.getsizeof(defaultdict(int)))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2; print(dict(nested['x']), list(nested))
for src in ['defaultdict(1)', 'defaultdict()[1]', 'defaultdict(int).__missing__(5)']:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '|', type(e).__name__, e)
print(defaultdict.__mro__, defaultdict(int).__reduce__()[1])
a = defaultdict(list, {1: 2})
print(a | {3: 4}, {0: 1} | a, type({0: 1} | a).__name__, defaultdict[int])
a |= {5: 6}; print(a)
from collections import deque
print(deque[str])
