# id is stable and unique for live objects (ids are compared, never printed).
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a))
print(type(id(a)).__name__, id(a) > 0)
ids = [id(x) for x in (a, c, None, True)]
print(len(set(ids)))
before = id(a)
a.append(3)
print(id(a) == before)
x = None
print(id(x) == id(None), id(True) == id(1 == 1))
f = len
print(id(f) == id(len))
