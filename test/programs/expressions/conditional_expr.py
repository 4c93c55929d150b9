# x if cond else y evaluates exactly one branch.
def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print([sign(n) for n in (-3, 0, 4)])
hits = []
def mark(v):
    hits.append(v)
    return v
r = mark("yes") if len(hits) == 0 else mark("no")
print(r, hits)
print(1 if [] else 2, 1 if [0] else 2, "a" if None is None else "b")
x = 7
label = ("big" if x > 100 else "medium") if x > 5 else "small"
print(label)
print((lambda n: "even" if n % 2 == 0 else "odd")(9))
print([i if i % 3 else -i for i in range(7)])
