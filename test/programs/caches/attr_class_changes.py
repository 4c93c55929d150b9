# Attribute loads and stores that ran before stay right after the class changes under them.
# Each site runs three times after each change: once to fill its cache, then from the cache.
class P:
    def __init__(self, x):
        self.x = x


def read(o):
    return [o.x for _ in range(3)]


def write(o, v):
    for i in range(3):
        o.x = v + i


p = P(1)
write(p, 0)
print("plain", read(p), vars(p))

# A property (a data descriptor) now overrides the instance value for loads and stores.
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print("property", read(p))
write(p, 42)
print("dict untouched", vars(p))
del P.x
print("property gone", read(p))

# A class attribute of the same name does not override the instance's value.
P.x = "class value"
print("class attr", read(p), read(P.__new__(P)))
del P.x

# __getattribute__ and __setattr__ added later are called even for inline values.
P.__getattribute__ = lambda self, name: "getattribute " + name
print(read(p))
del P.__getattribute__
P.__setattr__ = lambda self, name, v: print("setattr", name, v)
write(p, 7)
del P.__setattr__
print("after", read(p))

# __getattr__ runs for a missing attribute at a site that cached an inline value.
q = P(5)
del q.x
P.__getattr__ = lambda self, name: "getattr " + name
print(read(q), read(p))
del P.__getattr__
try:
    read(q)
except AttributeError as e:
    print("AttributeError", e)

# A base class gaining the name affects the subclass's cached sites.
class Q(P):
    pass


r = Q(3)
print(read(r))
P.x = property(lambda self: "base property")
print(read(r))
