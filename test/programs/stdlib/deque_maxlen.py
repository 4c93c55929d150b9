from collections import deque
d = deque(maxlen=3)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1); print(d, d.maxlen)
d.extend([10, 11]); print(d)
d.extendleft([20, 21]); print(d)
print(deque('abcdef', 2), deque(maxlen=0), deque([1, 2], maxlen=None).maxlen)
z = deque(maxlen=0); z.append(1); z.extend(range(5)); print(z, len(z))
f = deque([1], maxlen=3); f += [2, 3, 4]; print(f); f *= 2; print(f)
try:
    deque([1], 1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
last = deque(maxlen=2)
for line in ['a', 'b', 'c', 'd']:
    last.append(line)
print(list(last), last.copy(), last == deque(['c', 'd']))
