# The order in which containers release their items, seen through __del__.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

print("list: last to first")
x = [D("l1"), D("l2"), D("l3")]
del x
print("tuple: last to first")
x = (D("t1"), D("t2"), D("t3"))
x = None
print("dict: in order, key then value")
x = {D("k1"): D("v1"), D("k2"): D("v2")}
del x
print("instance: attributes in insertion order")
o = D("outer")
o.a = D("a")
o.b = D("b")
o.a2 = D("a2")
del o
print("slots: in the order of the class's slot table")
class S:
    __slots__ = ("b", "a", "c")
s = S()
s.a, s.b, s.c = D("sa"), D("sb"), D("sc")
del s
print("locals on return: in slot order")
def f():
    p = D("p")
    q = D("q")
    r = D("r")
f()
print("rebinding: the old value dies at the store")
x = D("first")
x = D("second")
print("end")
