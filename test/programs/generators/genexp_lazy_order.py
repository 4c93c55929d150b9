# Generator expressions are lazy: the first iterable is evaluated immediately, the rest on demand.
def source(name, n):
    print("building source", name)
    for i in range(n):
        print(f"  {name} yields {i}")
        yield i

def check(x):
    print(f"  check {x}")
    return x % 2 == 0

gen = (x * 10 for x in source("outer", 4) if check(x))
print("generator expression created")
print("first value:", next(gen))
print("remaining:", list(gen))

pairs = ((a, b) for a in source("A", 2) for b in source("B", 2))
print("pairs created")
print(list(pairs))

data = [1, 2, 3]
squares = (x * x for x in data)
data.append(4)
print(list(squares))
data = [100]
print(sum(x for x in range(5)), any(check(x) for x in [1, 3, 4, 5]))
