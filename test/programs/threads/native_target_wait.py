# A thread whose target is native code (sorted) that calls Python (the key) that blocks: the
# blocking call waits until the lock is free; it does not return early.
import threading
import time

lock = threading.Lock()
lock.acquire()
got = []


def key(x):
    got.append(lock.acquire(timeout=5))
    lock.release()
    return -x


result = []
t = threading.Thread(target=lambda: result.append(sorted([1, 3, 2], key=key)))
t.start()
s = threading.Thread(target=sorted, args=([2, 1],), kwargs={"key": key})
s.start()
time.sleep(0.05)
print("before release", got)
lock.release()
t.join()
s.join()
print("after", got, result)

# A native target that is itself the blocking call (time.sleep, lock.acquire) waits too.
lock.acquire()
a = threading.Thread(target=lock.acquire)
a.start()
time.sleep(0.05)
print("acquirer alive while the lock is held:", a.is_alive())
lock.release()
a.join()
print("acquirer took it:", lock.locked())
