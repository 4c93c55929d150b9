# close() raises GeneratorExit inside the generator; finally blocks run.
def worker(name):
    print(name, "started")
    try:
        while True:
            task = yield
            print(name, "processing", task)
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally block")

w = worker("w1")
next(w)
w.send("job-1")
w.send("job-2")
w.close()
w.close()
print(next(w, "closed"))

unstarted = worker("w2")
unstarted.close()
print("closing an unstarted generator runs nothing")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse to stop"

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())
