from collections import deque
import sys
d = deque('ghi')
d.append('j'); d.appendleft('f')
print(d, len(d), d[0], d[-1], d[2], 'h' in d, 'z' in d)
print(d.pop(), d.popleft(), d, list(reversed(d)))
d.extend('jkl'); d.extendleft('abc'); print(d)
d[1] = 'X'; del d[0]; print(d, d.count('j'), d.index('j'), d.index('i', 2, 6))
d.insert(2, 'I'); d.insert(-1, 'J'); d.insert(100, 'K'); d.insert(-100, 'L'); print(d)
d.remove('I'); d.reverse(); print(d)
e = d.copy(); print(e == d, e is d, e != d, deque([1, 2]) < deque([1, 3]), deque([1]) == deque([1.0]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, 2 * deque([0]), bool(deque()), bool(deque([0])))
d.clear(); print(d, len(d))
print(sys.getsizeof(deque()), sys.getsizeof(deque(range(100))), sys.getsizeof(deque(range(64))))
big = deque()
for i in range(1000):
    big.append(i)
for i in range(500):
    big.popleft()
print(len(big), big[0], big[-1], sum(big), big[250])
r = deque([1, 2]); r.append(r); print(r)
print(type(iter(r)).__name__, type(reversed(r)).__name__, deque.__module__)
class MyDeque(deque):
    pass
print(MyDeque([1, 2]), MyDeque('ab', 3), type(MyDeque([1]).copy()).__name__)
