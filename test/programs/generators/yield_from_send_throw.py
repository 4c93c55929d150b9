# yield from forwards send() and throw() to the inner generator.
def inner():
    total = 0
    try:
        while True:
            x = yield total
            if x is None:
                return total
            total += x
    except ValueError:
        print("inner caught ValueError")
        yield -1

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield f"outer done with {result}"

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.send(None))

g2 = outer()
next(g2)
g2.send(3)
print(g2.throw(ValueError("stop")))

def closer():
    try:
        yield from inner()
    finally:
        print("outer finally")
g3 = closer()
next(g3)
g3.close()
print("g3 closed")
