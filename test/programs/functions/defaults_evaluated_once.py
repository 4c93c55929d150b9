# Default expressions are evaluated once, when def runs.
calls = []
def make_default(tag):
    calls.append(tag)
    return tag * 2

def f(a=make_default("x"), b=make_default("y")):
    return a + b

print(calls)
print(f(), f(), f("p"), calls)
n = 1
def g(v=n):
    return v
n = 2
print(g(), n)
for i in range(3):
    def h(k=i):
        return k
print(h())
