# A comprehension has its own scope: the loop variable doesn't leak or clobber.
x = "outer x"
squares = [x * x for x in range(4)]
print(squares, x)
i = 99
print({i: i for i in range(2)}, i)
print(sorted({j for j in range(3)}))
try:
    j
except NameError as e:
    print("NameError:", e)
def f(n):
    base = 10
    return [base + k for k in range(n)]
print(f(3))
def g():
    items = [lambda: k for k in range(3)]
    return [fn() for fn in items]
print(g())
y = 5
print([y for _ in range(2)], [(y := v) for v in (7, 8)], y)
