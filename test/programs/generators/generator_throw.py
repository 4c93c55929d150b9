# throw() raises an exception at the paused yield; the generator may handle it.
def resilient():
    count = 0
    while True:
        try:
            yield count
            count += 1
        except ValueError as e:
            print("generator handled ValueError:", e)
            count = 100

g = resilient()
print(next(g), next(g))
print(g.throw(ValueError("reset")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("KeyError propagated:", e)
print(next(g, "generator is closed"))

def fragile():
    yield 1
    yield 2

f = fragile()
try:
    f.throw(RuntimeError, RuntimeError("before start"))
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(f))

def with_finally():
    try:
        yield "working"
    finally:
        print("cleanup ran")
w = with_finally()
next(w)
try:
    w.throw(TypeError("boom"))
except TypeError as e:
    print("TypeError:", e)
