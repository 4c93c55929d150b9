# Recursive calls: naive Fibonacci, a call-heavy workload with small ints.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(33))
