# Generator expressions consumed by list, any, all, next; laziness and exhaustion.
print(list(x * 2 for x in range(5)))
print(any(x > 3 for x in range(5)), all(x > 3 for x in range(5)))
print(any(x for x in []), all(x for x in []))
seen = []
def probe(x):
    seen.append(x)
    return x > 2
print(any(probe(x) for x in range(10)), seen)
g = (x * x for x in range(3))
print(next(g), list(g), list(g), next(g, "exhausted"))
print(type(x for x in ()).__name__)
nested = list((i, j) for i in range(2) for j in "ab")
print(nested)
