# Functions defined inside functions, names and qualified names.
def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle

print(outer(1)(10)(100))
f = outer(0)
g = f(0)
print(f.__name__, f.__qualname__)
print(g.__name__, g.__qualname__)
print(outer.__name__, outer.__qualname__, outer.__module__)
def apply_twice(fn):
    def wrapped(v):
        return fn(fn(v))
    return wrapped
print(apply_twice(lambda v: v * 3)(2), apply_twice(apply_twice(lambda v: v + 1))(0))
def documented():
    "Return forty-two."
    return 42
print(documented.__doc__, outer.__doc__, documented())
