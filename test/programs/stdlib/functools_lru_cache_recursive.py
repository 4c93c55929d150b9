# functools.lru_cache and cache_info on recursive functions and methods.
from functools import lru_cache

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(30), fib.cache_info())
print(fib(31), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x

for x in (1, 2, 1, 3, 2, 1):
    square(x)
print(square.cache_info())

@lru_cache
def join(*parts, sep="-"):
    print("joining", parts, sep)
    return sep.join(parts)

join("a", "b")
join("a", "b")
join("a", "b", sep="+")
print(join.cache_info().hits, join.cache_info().misses)
try:
    join(["unhashable"])
except TypeError as e:
    print("TypeError:", e)
print(fib.__name__, square.__wrapped__(9))
