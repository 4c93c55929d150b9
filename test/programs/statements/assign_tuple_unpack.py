# Tuple and list unpacking on the left of =.
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(c, d) = [3, 4]
[e, f] = (5, 6)
print(c, d, e, f)
g, h, i = "xyz"
print(g, h, i)
j, k = range(2)
print(j, k)
(l,) = [9]
m, = (10,)
print(l, m)
x = y = z = [0]
x.append(1)
print(x, y, z, x is z)
p, q = q, p = 7, 8
print(p, q)
pair = 11, 12
print(pair, type(pair).__name__)
first, second = {"k1": 1, "k2": 2}
print(first, second)
s1, s2 = {1: None, 2: None}.items()
print(s1, s2)
