# A memoizing decorator written as a class with __call__, stats and __get__ for methods.
class memoize:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        self.hits = 0
        self.__name__ = func.__name__
        self.__doc__ = func.__doc__

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.func(*args)
        self.cache[args] = result
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *args: self(obj, *args)

    def stats(self):
        return f"{self.__name__}: {len(self.cache)} cached, {self.hits} hits"

@memoize
def fib(n):
    """Fibonacci numbers."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)

print(fib(60), fib.stats(), fib.__doc__, type(fib).__name__)
print(grid_paths(10, 10), grid_paths.stats())

class Collatz:
    @memoize
    def steps(self, n):
        return 0 if n == 1 else 1 + self.steps(n // 2 if n % 2 == 0 else 3 * n + 1)

c = Collatz()
print([c.steps(n) for n in range(1, 11)], max(range(1, 1000), key=c.steps))
print(Collatz.steps.stats().split(":")[0], isinstance(Collatz.__dict__["steps"], memoize))
