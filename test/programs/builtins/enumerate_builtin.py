# enumerate with and without a start value.
print(list(enumerate("abc")))
print(list(enumerate(["x", "y"], 1)), list(enumerate([], 5)))
print(list(enumerate(range(3), start=-2)))
for i, (a, b) in enumerate(zip("pq", "rs")):
    print(i, a, b)
e = enumerate("hi")
print(next(e), next(e), next(e, "done"))
print(type(e).__name__, dict(enumerate("ab")))
print(list(enumerate({"k": 1, "j": 2}, 10 ** 20)))
