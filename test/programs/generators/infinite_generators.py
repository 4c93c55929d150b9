# Infinite generators stopped manually: fibonacci, primes and cycling.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1

def cycle(items):
    while True:
        for item in items:
            yield item

def take(n, gen):
    out = []
    for value in gen:
        if len(out) == n:
            break
        out.append(value)
    return out

print(take(12, fibonacci()))
print(take(10, primes()))
print(take(7, cycle("RGB")))
fib = fibonacci()
for value in fib:
    if value > 1000:
        print("first fibonacci over 1000:", value)
        break
print("next one:", next(fib))
p = primes()
print([next(p) for _ in range(5)], next(p))
