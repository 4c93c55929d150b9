# repr of self-containing lists and dicts uses [...] and {...}.
a = [1, 2]
a.append(a)
print(a, len(a), a[2] is a, a[2][2][0])
b = [a, [a]]
print(b)
d = {"k": 1}
d["self"] = d
d["list"] = [d]
print(d)
x = []
y = [x]
x.append(y)
print(x, y)
