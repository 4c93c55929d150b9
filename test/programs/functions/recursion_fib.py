# Recursive calls: naive and memoised Fibonacci, factorial, sum of digits.
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(20)])
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(30))
memo = {}
def fib_memo(n):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]
print(fib_memo(150))
def digits_sum(n):
    return 0 if n == 0 else n % 10 + digits_sum(n // 10)
print(digits_sum(2 ** 100))
def depth(k):
    return 0 if k == 0 else 1 + depth(k - 1)
print(depth(500))
