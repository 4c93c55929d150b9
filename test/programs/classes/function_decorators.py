# Function decorators: plain, with arguments, stacked, preserving names by hand.
def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result!r}")
        return result
    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

def exclaim(func):
    return lambda *a: func(*a) + "!"

@trace
def add(a, b):
    """Adds two numbers."""
    return a + b

@repeat(3)
def roll(n):
    return n * 2

@exclaim
@exclaim
def word(w):
    return w

print(add(2, 3))
print(add.__name__, add.__doc__)
print(roll(4))
print(word("wow"))
print(trace(len)([1, 2, 3]))
