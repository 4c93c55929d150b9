from collections import deque
calls = ['deque().pop()', 'deque().popleft()', 'deque([1]).remove(2)', 'deque([1]).index(2)',
         'deque(maxlen=-1)', 'deque([1])[5]', 'deque([1])[-2]', 'deque([1])["a"]', 'deque(1)', 'deque([1], 2, 3)',
         'deque([1]) < [1]', 'deque([1]) + [1]', 'hash(deque())', 'deque([1]) * "a"',
         'deque([1], maxlen="a")', 'deque([1])[1:]', 'deque([1]).index(1, 1)']
for src in calls:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '|', type(e).__name__, e)
d = deque([1, 2, 3])
it = iter(d)
print(next(it))
d.append(4)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d); d.rotate(1)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
d = deque([1])
for src in ['d.append()', 'd.append(1, 2)', 'd.rotate(1, 2)', 'd.pop(1)', 'd.index()', 'd.insert(1)',
            'd.count()', 'd.extend()', 'd.remove()', 'd.clear(1)', 'd.append(x=1)']:
    try:
        eval(src)
    except TypeError as e:
        print(src, '|', e)
