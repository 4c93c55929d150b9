# The descriptor types' own attributes (beyond object's), sizes and flags.
class C:
    __slots__ = ("a",)
for t in (property, staticmethod, classmethod, super, type(int.__dict__), type(C.a)):
    print(t.__name__, [n for n in dir(t) if n not in dir(object)])
    print(t.__name__, [n for n in dir(object) if n not in dir(t)])
import sys
print(sys.getrefcount(property()), property.__basicsize__, staticmethod.__basicsize__, classmethod.__basicsize__, super.__basicsize__, type(int.__dict__).__basicsize__, type(C.a).__basicsize__)
print(property.__flags__ & (1 << 10) != 0, super.__flags__ & (1 << 10) != 0, type(int.__dict__).__flags__ & (1 << 10) != 0, type(C.a).__flags__ & (1<<10) != 0)
print(property.__flags__ & (1 << 14) != 0, type(int.__dict__).__flags__ & (1 << 14) != 0)
print(type(int.__dict__)[int], type(int.__dict__)[str, int])
