# Independent counters built from closures and nonlocal.
def make_counter(start=0, step=1):
    count = start
    def tick():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return tick, reset

t1, r1 = make_counter()
t2, _ = make_counter(100, -10)
print(t1(), t1(), t1(), t2(), t2())
r1()
print(t1(), t2())
def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        result = a
        a, b = b, a + b
        return result
    return nxt
nxt = fib_gen()
print([nxt() for _ in range(15)])
