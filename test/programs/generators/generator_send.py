# send() passes values into a running generator: a running-average coroutine.
def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count

avg = averager()
print(next(avg))
for v in (10, 30, 5, 15):
    print("sent", v, "->", avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("finished after", e.value, "values")

fresh = averager()
try:
    fresh.send(5)
except TypeError as e:
    print("TypeError:", e)
print(fresh.send(None))

def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    yield received

e = echo()
print(next(e), e.send("a"), e.send("b"), e.send("c"))
