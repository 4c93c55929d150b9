# Event, Condition (wait, wait_for, notify, notify_all) and timeouts.
import threading

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
seen = []
def waiter(name):
    ev.wait()
    seen.append(name)
ts = [threading.Thread(target=waiter, args=(n,)) for n in "abc"]
for t in ts: t.start()
print("before set", seen)
ev.set()
for t in ts: t.join()
print(sorted(seen), ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

cond = threading.Condition()
items = []
def consume(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(list(items))
out = []
c = threading.Thread(target=consume, args=(out,))
c.start()
for i in range(3):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print(out)

ready = []
def sleeper(i):
    with cond:
        ready.append(i)
        cond.wait()
        ready.append(-i)
ts = [threading.Thread(target=sleeper, args=(i,)) for i in (1, 2, 3)]
for t in ts: t.start()
while True:
    with cond:
        if len(ready) == 3:
            cond.notify_all()
            break
for t in ts: t.join()
print(sorted(ready))

with cond:
    print("timed out:", cond.wait(0.01))
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
lock_cond = threading.Condition(threading.Lock())
with lock_cond:
    print(lock_cond.wait_for(lambda: True), lock_cond.wait_for(lambda: False, timeout=0.01))
