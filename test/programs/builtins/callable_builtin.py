# callable() on functions, builtins, types and plain values.
def f():
    pass
print(callable(f), callable(lambda: 0), callable(len), callable(print), callable(int), callable(type))
print(callable(1), callable("s"), callable(None), callable([]), callable([].append), callable("".join))
print(callable(callable), callable(Exception), callable(Exception()), callable(range(3)))
