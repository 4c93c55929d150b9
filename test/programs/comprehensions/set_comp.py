# Set comprehensions (printed sorted so the output doesn't depend on hashing).
s = {x % 5 for x in range(100)}
print(sorted(s), len(s))
print(sorted({c.lower() for c in "Hello World" if c.isalpha()}))
print(sorted({len(w) for w in "a bb cc ddd e".split()}))
print({x for x in range(3)} == {0, 1, 2}, type({x for x in ()}).__name__)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
print(len({x * 0 for x in range(10)}))
