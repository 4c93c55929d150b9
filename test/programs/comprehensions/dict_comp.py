# Dict comprehensions: keys, values, filters, inversion, later keys win.
print({x: x * x for x in range(6)})
words = ["apple", "bob", "kiwi", "banana"]
print({w: len(w) for w in words if len(w) > 3})
d = {"a": 1, "b": 2, "c": 3}
print({v: k for k, v in d.items()})
print({k: v for k, v in zip("abc", range(10, 13))})
print({x % 3: x for x in range(10)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({c: [i for i, ch in enumerate("banana") if ch == c] for c in "ban"})
print({} == {k: k for k in []})
