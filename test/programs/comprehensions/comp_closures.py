# Comprehensions referencing enclosing function variables and nested functions.
def outer(scale):
    offsets = [1, 2]
    return [[scale * v + o for o in offsets] for v in range(3)]
print(outer(10))
def make():
    fns = [lambda x, k=k: x * k for k in range(1, 4)]
    return [fn(10) for fn in fns]
print(make())
def counter():
    total = 0
    def add(values):
        nonlocal total
        total += sum([v for v in values])
        return total
    return add
add = counter()
print(add([1, 2]), add([3]))
def nested_comp(words):
    return {w: [c for c in w if c not in "aeiou"] for w in words}
print(nested_comp(["tree", "sky"]))
