# A function compiled whole catches an exception raised five compiled calls down (the eval
# loop unwinds the compiled frames and runs the handler), then blocks on an event that another
# thread sets before blocking in turn on one the first thread sets after its wait.
import threading

ready = threading.Event()
answer = threading.Event()
log = []


def fail(n):
    if n > 0:
        return fail(n - 1)
    raise KeyError("deep")


def catch_then_wait(n):
    try:
        fail(n)
    except KeyError:
        log.append("a caught")
    ready.wait()
    log.append("a woke")
    answer.set()
    return n


def first():
    total = 0
    for i in range(300):
        total += i
        if i == 299:
            total += catch_then_wait(5)
    log.append("a total " + str(total))


def second():
    ready.set()
    answer.wait()
    log.append("b woke")


a = threading.Thread(target=first)
b = threading.Thread(target=second)
a.start()
b.start()
a.join()
b.join()
print(log)
