# threading.excepthook receives the thread's uncaught exceptions; SystemExit is silent.
import threading

def fail():
    raise ValueError("boom")

def leave():
    raise SystemExit(3)

def hook(args):
    print("hook:", args.exc_type.__name__, args.exc_value, args.thread.name,
          args.exc_traceback is not None)

threading.excepthook = hook
t = threading.Thread(target=fail, name="failing")
t.start(); t.join()
print("alive after exception:", t.is_alive())
t = threading.Thread(target=leave)
t.start(); t.join()
print("SystemExit was silent")

def bad_hook(args):
    raise RuntimeError("hook failed")
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
