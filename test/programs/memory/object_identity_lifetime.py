# ids of live objects are distinct; an object keeps its id while it lives.
objs = [[] for _ in range(100)]
ids = [id(o) for o in objs]
print(len(set(ids)) == 100)
keep = objs[50]
kid = id(keep)
del objs
print(id(keep) == kid, keep == [])
t = (1, 2)
print(id(t) == id(t[:]), id(t) == id(t[0:2]))
l = [1, 2]
print(id(l) == id(l[:]))
s = "abc"
print(id(s) == id(s[:]), id(s) == id(str(s)))
