# Function decorators: wrapping, order of application, state kept in closures.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("return", result)
        return result
    return wrapper

@trace
def add(a, b=0):
    return a + b

add(1, b=2)
print(add.__name__)
def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper

@count_calls
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn
@register
def first(): pass
@register
def second(): pass
print(registry, first is not None)
