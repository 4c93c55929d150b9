# PEP 479: a StopIteration escaping a generator body becomes RuntimeError.
def leaky(items):
    it = iter(items)
    while True:
        yield next(it)

try:
    print(list(leaky([1, 2, 3])))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)

def explicit():
    yield 1
    raise StopIteration("custom")

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause args:", e.__cause__.args)

def safe(items):
    it = iter(items)
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value

print(list(safe("abc")))
def returns_value():
    yield 1
    return "done"
print(list(returns_value()))
