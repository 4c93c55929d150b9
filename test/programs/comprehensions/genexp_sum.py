# Generator expressions consumed by sum, min, max, sorted, str.join.
print(sum(x * x for x in range(10)))
print(sum(1 for c in "mississippi" if c == "s"))
print(max(len(w) for w in "a bb cccc ddd".split()))
print(min((x - 5) ** 2 for x in range(10)))
print(sorted(c for c in "generator"))
print("-".join(str(n) for n in range(5)))
print(sum((i for i in range(100)), 1000))
print(dict((k, k * 2) for k in "ab"), tuple(x for x in "xyz"))
