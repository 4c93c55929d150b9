# getsizeof of instance __dict__s: history dependent (the class's shared keys lose one usable
# slot per instance made) and of classes (PyHeapTypeObject + the shared keys table).
import sys

class R:
    pass
print(sys.getsizeof(R), sys.getsizeof(R().__dict__))

class C:
    pass
a = C()
b = C()
print(sys.getsizeof(a.__dict__), sys.getsizeof(b.__dict__), sys.getsizeof(C()))

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
points = [P(i, i) for i in range(40)]
print(sorted(set(sys.getsizeof(p.__dict__) for p in points)), sys.getsizeof(points[0]))

class Big:
    pass
big = Big()
for i in range(35):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), sys.getsizeof(big.__dict__), sys.getsizeof(Big))

class Empty:
    __slots__ = ()
class WithDictSlot:
    __slots__ = ("__dict__",)
class L(list):
    pass
class I(int):
    pass
class E(Exception):
    pass
print([sys.getsizeof(t) for t in (Empty, WithDictSlot, L, I, E)])
lst = L()
lst.a = 1
print(sys.getsizeof(lst.__dict__), sys.getsizeof(I(5).__dict__), type.__sizeof__(C))
