# gc.callbacks: called with ("start", info) and ("stop", info) around every collection.
import gc

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"], sorted(info)))

gc.collect()
gc.callbacks.append(cb)
print(gc.collect())
for e in events:
    print(e)
events.clear()

class Node:
    pass

n = Node()
n.other = Node()
n.other.other = n
l = []
l.append(l)
del n, l
print(gc.collect(1) >= 3)
print([e[:2] for e in events])
print(events[1][2] >= 3, events[1][3])

def second(phase, info):
    events.append(("second", phase))
gc.callbacks.append(second)
events.clear()
gc.collect(0)
print([e[:2] for e in events])
gc.callbacks.remove(cb)
gc.callbacks.remove(second)
events.clear()
gc.collect()
print(events)
print(type(gc.callbacks).__name__, type(gc.garbage).__name__, gc.garbage)
