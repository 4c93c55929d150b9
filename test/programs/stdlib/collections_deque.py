# collections.deque: both ends, maxlen as a sliding window, rotate, and a BFS queue.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
d.extend([5, 6])
d.extendleft("ab")
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d, d[0], d[-1], d.index(3), d.count(1))
recent = deque(maxlen=3)
for page in ["home", "about", "blog", "post", "contact"]:
    recent.append(page)
    print(list(recent))
print(recent, recent.maxlen)
graph = {"A": ["B", "C"], "B": ["D"], "C": ["D", "E"], "D": ["F"], "E": ["F"], "F": []}
def bfs(start):
    seen, order, queue = {start}, [], deque([start])
    while queue:
        node = queue.popleft()
        order.append(node)
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order
print(bfs("A"))
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
d2 = deque(range(5))
d2.remove(2)
d2.reverse()
print(d2, list(reversed(d2)), 3 in d2, d2 == deque([4, 3, 1, 0]))
