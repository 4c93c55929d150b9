# Functions as values: passing, returning, storing in containers.
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "pow": pow}
print({name: op(3, 4) for name, op in ops.items()})
def apply_all(fns, value):
    return [fn(value) for fn in fns]
print(apply_all([abs, str, float, bool, inc], -3))
def curry(fn):
    return lambda a: lambda b: fn(a, b)
print(curry(ops["mul"])(6)(7))
print(list(map(compose(str, dbl), [1, 2, 3])))
def fold(fn, items, acc):
    for it in items:
        acc = fn(acc, it)
    return acc
print(fold(ops["add"], range(10), 0), fold(lambda a, b: b + a, "abc", ""))
