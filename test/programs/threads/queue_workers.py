# queue.Queue between producers and consumers; LifoQueue, PriorityQueue, Empty and Full.
import threading
import queue

q = queue.Queue()
results = []
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item * item)
        q.task_done()

workers = [threading.Thread(target=consumer) for _ in range(3)]
for w in workers: w.start()
for i in range(10):
    q.put(i)
q.join()
for _ in workers:
    q.put(None)
for w in workers: w.join()
print(sorted(results))

bounded = queue.Queue(maxsize=2)
bounded.put(1); bounded.put(2)
print(bounded.full(), bounded.qsize())
try:
    bounded.put(3, block=False)
except queue.Full:
    print("Full")
try:
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(bounded.get(), bounded.get(), bounded.empty())
try:
    bounded.get_nowait()
except queue.Empty:
    print("Empty")
try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

# A producer blocked on a full queue resumes when a consumer takes an item.
small = queue.Queue(1)
log = []
def producer():
    for i in range(4):
        small.put(i)
        log.append(("put", i))
p = threading.Thread(target=producer)
p.start()
got = [small.get() for _ in range(4)]
p.join()
print(got, len(log))

lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in [3, 1, 4, 1, 5, 9, 2, 6]:
    lq.put(x)
    pq.put((x, str(x)))
print([lq.get() for _ in range(8)])
print([pq.get()[0] for _ in range(8)])
