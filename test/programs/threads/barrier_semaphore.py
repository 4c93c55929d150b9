# Semaphore, BoundedSemaphore, Barrier, Timer and threading.local.
import threading

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
sem.release(2)
with sem:
    print("in semaphore")
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

active = 0
peak = 0
gate = threading.Semaphore(2)
guard = threading.Lock()
def limited():
    global active, peak
    gate.acquire()
    with guard:
        active += 1
        peak = max(peak, active)
    for _ in range(200):
        pass
    with guard:
        active -= 1
    gate.release()
ts = [threading.Thread(target=limited) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print("peak <= 2:", peak <= 2)

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all arrived"))
indices = []
def party():
    indices.append(barrier.wait())
ts = [threading.Thread(target=party) for _ in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(indices), actions, barrier.parties, barrier.n_waiting, barrier.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.01)
except threading.BrokenBarrierError:
    print("broken:", b2.broken)
b2.reset()
print("after reset:", b2.broken)

fired = []
timer = threading.Timer(0.01, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(10, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

data = threading.local()
data.x = "main"
seen = []
def show():
    seen.append(hasattr(data, "x"))
    data.x = "thread"
    seen.append(data.x)
t = threading.Thread(target=show)
t.start(); t.join()
print(seen, data.x)
