# A binary-heap priority queue class with stable ordering for equal priorities.
class PriorityQueue:
    def __init__(self):
        self._heap = []
        self._counter = 0

    def push(self, item, priority):
        heap = self._heap
        heap.append((priority, self._counter, item))
        self._counter += 1
        i = len(heap) - 1
        while i > 0 and heap[i] < heap[(i - 1) // 2]:
            heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
            i = (i - 1) // 2

    def pop(self):
        heap = self._heap
        if not heap:
            raise IndexError("pop from empty priority queue")
        last = heap.pop()
        if not heap:
            return last[2]
        top, heap[0] = heap[0], last
        i = 0
        while True:
            smallest = min((c for c in (i, 2 * i + 1, 2 * i + 2) if c < len(heap)), key=heap.__getitem__)
            if smallest == i:
                return top[2]
            heap[i], heap[smallest] = heap[smallest], heap[i]
            i = smallest

    def peek(self):
        return self._heap[0][2]

    def __len__(self):
        return len(self._heap)

    def __bool__(self):
        return bool(self._heap)

pq = PriorityQueue()
for task, prio in [("write tests", 2), ("fix bug", 1), ("lunch", 3), ("review", 2),
                   ("deploy", 1), ("email", 5), ("refactor", 2)]:
    pq.push(task, prio)
print(len(pq), pq.peek())
order = []
while pq:
    order.append(pq.pop())
print(order)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)
import random
random.seed(3)
nums = [random.randint(0, 99) for _ in range(15)]
for n in nums:
    pq.push(n, n)
print([pq.pop() for _ in range(len(pq))] == sorted(nums), nums[:5])
