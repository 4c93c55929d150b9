# Reference counts of objects held in containers, loop variables and locals.
import sys
m = [object()]
print(sys.getrefcount(m[0]))
for x in m:
    print(sys.getrefcount(x))
del x
print(sys.getrefcount(m[0]))
def local():
    loc = []
    return sys.getrefcount(loc)
print(local())
big = int("1" + "0" * 20)
print(sys.getrefcount(big))
pair = [big, big]
print(sys.getrefcount(big))
pair.pop()
print(sys.getrefcount(big))
s = "".join(["run", "time", "string"])
print(sys.getrefcount(s))
dct = {s: s}
print(sys.getrefcount(s))
dct.clear()
print(sys.getrefcount(s))
