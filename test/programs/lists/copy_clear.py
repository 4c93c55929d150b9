# copy makes a shallow copy; clear empties in place.
a = [1, [2, 3], "x"]
b = a.copy()
c = a[:]
d = list(a)
b.append("only b")
b[1].append("shared")
print(a, b, c, d)
print(a is b, a[1] is b[1], a == c)
alias = a
a.clear()
print(a, alias, b)
e = [0] * 3
e *= 2
print(e)
e[:] = []
print(e, len(e))
