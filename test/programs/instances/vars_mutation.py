# vars(obj) / obj.__dict__ is the instance's namespace: changes show both ways.
class C:
    def __init__(self):
        self.x = 1

c = C()
d = vars(c)
print(d is c.__dict__, d)
d["y"] = 2
print(c.y, vars(c))
c.z = 3
print(d, "z" in d, d.get("z"), len(d))
del d["x"]
print(hasattr(c, "x"), d)
c.x = 10
print(d, list(d.keys()), list(d.values()))
d[5] = "int key"
print(d, c.z)
c.w = 4
print(sorted(k for k in d if isinstance(k, str)), d[5])

e = C()
e.__dict__ = {"a": 1}
print(e.a, vars(e), hasattr(e, "x"))
e.b = 2
print(vars(e))
del e.__dict__
print(vars(e))
e.c = 3
print(vars(e), e.c)
f = C()
del f.__dict__
f.q = 5
print(vars(f), f.q)
try:
    f.__dict__ = [1]
except TypeError as err:
    print("TypeError:", err)
