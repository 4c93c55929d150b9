# The _thread module: start_new_thread, allocate_lock, get_ident, _count, errors.
import _thread
import time

done = _thread.allocate_lock()
done.acquire()
box = []

def worker(a, b, *, c=0):
    box.append((a, b, c, _thread.get_ident() != main_ident))
    done.release()

main_ident = _thread.get_ident()
ident = _thread.start_new_thread(worker, (1, 2), {"c": 3})
print(type(ident).__name__, ident != main_ident)
done.acquire()
print(box)
time.sleep(0.01)
print(_thread._count())
print(_thread.LockType is type(done), _thread.error is RuntimeError, _thread.TIMEOUT_MAX > 1e9)
for bad in [(worker, [1]), (worker, (1,), [])]:
    try:
        _thread.start_new_thread(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)

def quits():
    _thread.exit()
_thread.start_new_thread(quits, ())
time.sleep(0.01)
r = _thread.RLock()
print(r.acquire(), r._is_owned(), r.acquire(False))
r.release(); r.release()
print(r._is_owned(), _thread.stack_size())
