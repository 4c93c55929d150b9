# Class attributes are shared until an instance assignment shadows them.
class Counter:
    total = 0
    tags = []

    def __init__(self, name):
        self.name = name

a = Counter("a")
b = Counter("b")
print(a.total, b.total, Counter.total)
a.total = 5
print(a.total, b.total, Counter.total)
Counter.total = 10
print(a.total, b.total, Counter.total)
del a.total
print(a.total)
a.tags.append("shared!")
print(b.tags, Counter.tags)
b.tags = ["own"]
print(a.tags, b.tags)
print(sorted(a.__dict__), sorted(b.__dict__))
print("total" in Counter.__dict__, "name" in Counter.__dict__)
print(hasattr(a, "total"), hasattr(a, "missing"))
print(getattr(a, "missing", "default"))
