# Thread names, start/join, is_alive, daemon inheritance, enumerate and active_count.
import threading

results = []

def work(n, scale=1):
    results.append((n * scale, threading.current_thread().name))

def helper():
    pass

t1 = threading.Thread(target=work, args=(1,))
t2 = threading.Thread(target=work, args=(2,), kwargs={"scale": 10}, name="custom")
t3 = threading.Thread(target=lambda: results.append("lambda"))
t4 = threading.Thread()
print(t1.name, "|", t2.name, "|", t3.name, "|", t4.name)
print(t1.is_alive(), t1.ident, t1.daemon)
for t in (t1, t2, t3, t4):
    t.start()
for t in (t1, t2, t3, t4):
    t.join()
print(results)
print(t1.is_alive(), type(t1.ident).__name__, type(t1.native_id).__name__)
print(threading.active_count(), [t.name for t in threading.enumerate()])
try:
    t1.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread(target=helper).join()
except RuntimeError as e:
    print("RuntimeError:", e)
d = threading.Thread(target=helper, daemon=True)
print(d.daemon, threading.Thread(target=helper).daemon)
d.start()
d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.is_alive(), main.daemon)
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))

class Worker(threading.Thread):
    def __init__(self, box):
        super().__init__(name="worker")
        self.box = box
    def run(self):
        self.box.append(threading.current_thread().name)

box = []
w = Worker(box)
w.start()
w.join(timeout=5)
print(box, w.is_alive())
print(repr(threading.Thread(name="x")).startswith("<Thread(x, initial)"))
