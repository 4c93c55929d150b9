# Lambdas: arguments, defaults, closures, immediate calls.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")())
print((lambda *a, **k: (a, sorted(k.items())))(1, 2, z=3, y=4))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(4))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(square.__name__, (lambda: 0).__name__)
kw = lambda *, k: k * 2
print(kw(k=21))
