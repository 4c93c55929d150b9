# Keyword arguments in any order, mixed with positional ones.
def describe(name, age, city="nowhere"):
    return f"{name}/{age}/{city}"

print(describe("A", 1))
print(describe(age=2, name="B"))
print(describe("C", city="Rome", age=3))
print(describe(*["D", 4], **{"city": "Oslo"}))
def show(a, b, /, c, *, d):
    return (a, b, c, d)
print(show(1, 2, 3, d=4), show(1, 2, c=3, d=4))
print(sorted([3, 1, 2], reverse=True), "x".join(["a", "b"]))
print(int("ff", base=16), int(x="12") if False else int("12"))
print(dict(one=1, two=2), max([1, 5, 2], key=lambda v: -v))
