# Each instance keeps its own attribute order, although the names share one keys table.
class C:
    pass

first = C()
first.b = 1
first.a = 2
second = C()
second.a = 3
second.c = 4
second.b = 5
print(vars(first), vars(second))
print(list(vars(second)), list(reversed(vars(second))), list(vars(second).items()))

third = C()
third.c = 1
third.a = 2
del third.c
third.c = 3
third.d = 4
print(vars(third), third.a, third.c)
del third.a
print(vars(third), hasattr(third, "a"), getattr(third, "a", "none"))
try:
    del third.a
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(third.zz)
except AttributeError as e:
    print("AttributeError:", e)

class M:
    def method(self):
        return "method"
m = M()
print(m.method())
m.method = lambda: "shadowed"
print(m.method())
del m.method
print(m.method())
try:
    del m.method
except AttributeError as e:
    print("AttributeError:", e)
