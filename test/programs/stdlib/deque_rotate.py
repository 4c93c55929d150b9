from collections import deque
d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(23); print(d)
d.rotate(); print(d)
d.rotate(0); print(d)
d.rotate(-10); print(d)
e = deque(); e.rotate(5); print(e)
big = deque(range(200))
big.rotate(130); print(big[0], big[-1], big[130], len(big))
big.rotate(-130); print(list(big) == list(range(200)))
for i in range(300):
    big.appendleft(big.pop())
print(big[0], big[-1], list(big)[:3])
try:
    d.rotate('a')
except TypeError as e:
    print("TypeError:", e)
