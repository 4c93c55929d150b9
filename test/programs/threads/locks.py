# Lock and RLock: acquire/release, timeouts, errors, context managers, contention.
import threading

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    lock.acquire(True, -5)
except ValueError as e:
    print("ValueError:", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())

r = threading.RLock()
print(r.acquire(), r.acquire(), r.acquire(blocking=False))
r.release(); r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
with r:
    with r:
        print("nested rlock ok")

# Another thread cannot release an RLock it does not own.
r.acquire()
errors = []
def foreign_release():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))
t = threading.Thread(target=foreign_release)
t.start(); t.join()
r.release()
print(errors)

# Contention: increments protected by a lock are never lost.
counter = 0
guard = threading.Lock()
def add(n):
    global counter
    for _ in range(n):
        with guard:
            counter += 1
threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("counter", counter)

# A thread waits for a lock another holds.
held = threading.Lock()
held.acquire()
order = []
def waiter():
    held.acquire()
    order.append("waiter got it")
    held.release()
t = threading.Thread(target=waiter)
t.start()
order.append("main releases")
held.release()
t.join()
print(order)
print(type(lock).__name__, type(r).__name__)
