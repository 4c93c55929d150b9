# sys.getsizeof of class instances and classes (memory reference section 2.2).
import sys
class C:
    pass
class S:
    __slots__ = ()
class S1:
    __slots__ = ("a",)
print(sys.getsizeof(C()), sys.getsizeof(S()), sys.getsizeof(S1()))
c = C()
print(sys.getrefcount(c))
class I(int):
    pass
print(sys.getsizeof(I(5)))
