# Attributes of function objects.
def f(a, b=2, *args, c, d=4, **kw):
    "Doc string."
    x = a + b
    return x

print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_name)
print(f.__code__.co_varnames)
f.custom = "attached"
print(f.custom, f.__dict__)
g = f
g.__name__ = "renamed"
print(f.__name__, type(f).__name__, callable(f))
lam = lambda: None
print(lam.__name__, lam.__qualname__, lam.__doc__, lam.__defaults__)
print(f(1, c=3), g is f, f == g)
