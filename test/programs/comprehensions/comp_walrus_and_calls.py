# Walrus inside comprehensions binds in the containing scope; calls in each clause.
def f(x):
    return x * 3
values = [y for x in range(6) if (y := f(x)) % 2 == 0]
print(values, y)
def inside():
    found = [last := w for w in ["a", "bb", "ccc"] if len(w) > 1]
    return found, last
print(inside())
print([(x, f(x)) for x in map(int, "123")])
print([s.strip() for s in " a , b ,c ".split(",")])
print(sorted([w for w in "b a c".split()], key=str.upper))
