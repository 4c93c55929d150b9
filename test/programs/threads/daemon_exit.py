# At exit the main thread waits for non-daemon threads, not for daemon threads.
import threading
import time

blocker = threading.Event()

def forever():
    blocker.wait()
    print("never printed")

def late():
    time.sleep(0.05)
    print("non-daemon thread finished after main")

threading.Thread(target=forever, daemon=True).start()
threading.Thread(target=late).start()
print("main done")
