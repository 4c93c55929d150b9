# A generator function runs lazily: code runs between next() calls.
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        print("about to yield", n)
        yield n
        n -= 1
    print("countdown finished")

gen = countdown(3)
print(type(gen).__name__, gen.__name__, gen.__qualname__)
print("first:", next(gen))
print("second:", next(gen))
for value in gen:
    print("loop got", value)
print(next(gen, "exhausted"))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(countdown(2)))
print(sum(countdown(4)), max(countdown(0), default=None))
