# A tiny cooperative scheduler running generator "tasks" in turn.
from collections import deque

def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} done"

def scheduler(tasks):
    queue = deque(tasks)
    results = []
    while queue:
        current = queue.popleft()
        try:
            next(current)
        except StopIteration as stop:
            results.append(stop.value)
        else:
            queue.append(current)
    return results

print(scheduler([task("A", 3), task("B", 1), task("C", 2)]))

def producer(queue, items):
    for item in items:
        queue.append(item)
        print("produced", item)
        yield

def consumer(queue, count):
    taken = 0
    while taken < count:
        if queue:
            print("consumed", queue.popleft())
            taken += 1
        yield

shared = deque()
print(scheduler([producer(shared, "xyz"), consumer(shared, 3)]))
