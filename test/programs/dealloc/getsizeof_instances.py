# sys.getsizeof of instances: basic size + GC head (+ managed dict), and __sizeof__ honoured.
import sys
class Plain: pass
class Empty: __slots__ = ()
class One: __slots__ = ("a",)
class Two: __slots__ = ("a", "b")
class Weak: __slots__ = ("a", "__weakref__")
class WithDict: __slots__ = ("a", "__dict__")
p = Plain()
p.x, p.y, p.z = 1, 2, 3
for o in (Plain(), p, Empty(), One(), Two(), Weak(), WithDict()):
    print(type(o).__name__, sys.getsizeof(o))
class Sized:
    def __init__(self, n): self.n = n
    def __sizeof__(self): return self.n
class SizedSlots:
    __slots__ = ("n",)
    def __init__(self, n): self.n = n
    def __sizeof__(self): return self.n
print(sys.getsizeof(Sized(100)), sys.getsizeof(SizedSlots(100)))
for bad in (-1, "big", 2.5):
    try:
        sys.getsizeof(Sized(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(Sized("x"), "default"), sys.getsizeof(Sized(True)))
try:
    sys.getsizeof(Sized(-1), 0)
except ValueError as e:
    print("default does not catch", e)
class I(int): pass
print(sys.getsizeof(I(5)), sys.getsizeof(Plain), sys.getsizeof(Plain().__init__))
