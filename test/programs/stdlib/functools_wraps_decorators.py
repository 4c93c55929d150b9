# functools.wraps keeps the wrapped function's name, doc and __wrapped__.
from functools import wraps

def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return func(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

def without_wraps(func):
    def wrapper(*args):
        return func(*args)
    return wrapper

@counted
def area(w, h):
    """Area of a rectangle."""
    return w * h

@without_wraps
def volume(w, h, d):
    """Volume of a box."""
    return w * h * d

print(area(2, 3), area(4, 5), area.calls)
print(area.__name__, area.__doc__, area.__qualname__, area.__wrapped__(1, 1), area.calls)
print(volume.__name__, volume.__doc__, hasattr(volume, "__wrapped__"))

def retry(times):
    def decorator(func):
        @wraps(func)
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return decorator

outcomes = iter([ValueError("flaky"), ValueError("flaky again"), "success"])
@retry(3)
def fetch():
    result = next(outcomes)
    if isinstance(result, Exception):
        raise result
    return result
print(fetch(), fetch.__name__)
