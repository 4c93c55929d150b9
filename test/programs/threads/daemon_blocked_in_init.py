# A daemon thread still inside a class's __init__ when the program ends: its frames are freed
# at exit, and what the class call holds (its argument tuple, the class) with them.
import threading, time
lock = threading.Lock()
lock.acquire()
class Blocker:
    def __init__(self, x):
        lock.acquire()
def run():
    Blocker(12345678)
t = threading.Thread(target=run, daemon=True)
t.start()
time.sleep(0.05)
print("main done")
