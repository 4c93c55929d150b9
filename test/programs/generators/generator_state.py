# Generator attributes and states: gi_running, gi_frame, gi_code, re-entrance error.
def gen():
    print("running inside, gi_running =", g.gi_running)
    yield 1
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(next(g))
print(list(g))
print(g.gi_frame, g.gi_running)

def reentrant():
    yield next(me)

me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

def suspended_in_yield_from():
    yield from range(3)
s = suspended_in_yield_from()
next(s)
print(type(s.gi_yieldfrom).__name__)
print(s.__name__, s.__qualname__)
s.__name__ = "renamed"
print(s.__name__)
