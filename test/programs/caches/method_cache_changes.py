# Method calls that ran before stay right when the method is replaced or shadowed.
# Each site runs three times: once to fill its cache, then from the cache.
class Base:
    def hello(self):
        return "Base.hello"


class Sub(Base):
    def __init__(self, n):
        self.n = n


def call(o):
    return [o.hello() for _ in range(3)]


s = Sub(1)
t = Sub(2)
print(call(s), call(t))

# Replaced on the base class.
Base.hello = lambda self: "new Base.hello"
print(call(s))

# Defined on the subclass.
Sub.hello = lambda self: "Sub.hello %d" % self.n
print(call(s), call(t))

# Shadowed by an instance attribute: of that instance only.
s.hello = lambda: "instance hello"
print(call(s), call(t))
del s.hello
print(call(s))

# Shadowed after the instance's values became a dict.
t.__dict__["hello"] = lambda: "dict hello"
print(call(t), call(s))


# Classes without an instance dict, and builtin types.
class Slotted:
    __slots__ = ("v",)

    def hello(self):
        return "Slotted %s" % self.v


u = Slotted()
u.v = 9
print(call(u))
Slotted.hello = lambda self: "Slotted replaced"
print(call(u))
try:
    u.hello = 1
except AttributeError as e:
    print("AttributeError", e)


def append_all(target, items):
    # One site, several types of target.
    for item in items:
        target.append(item)
    return target


print(append_all([], range(3)), append_all([0], "ab"))


class MyList(list):
    pass


m = MyList()
append_all(m, range(2))
m.append = lambda item: print("instance append", item)
append_all(m, [7])
print(m)
