# sys.intern returns one canonical object per string value; identifier-like constants are interned.
import sys
a = "".join(["hello", "_", "world"])
b = "".join(["hello", "_", "world"])
print(a == b, a is b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is ib, ia is a, ib is b)
literal = "hello_world"
print(sys.intern("hello_world") is ia, literal is ia)
c = "".join(["not an identifier!", "?"])
print(sys.intern(c) is c, sys.intern(c) is sys.intern("not an identifier!?"))
print(sys.getrefcount(sys.intern("".join(["x", "y", "q", "z"]))))
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError:", e)
