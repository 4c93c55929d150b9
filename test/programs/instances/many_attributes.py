# Past the shared keys' budget of 30 names an instance's dict becomes a combined table;
# other instances keep using the shared names they can.
import sys

class Wide:
    pass

w = Wide()
for i in range(40):
    setattr(w, "attr%d" % i, i * i)
print(len(vars(w)), w.attr0, w.attr29, w.attr39, sys.getsizeof(w.__dict__))
print(list(vars(w))[:3], list(vars(w))[-3:])

v = Wide()
v.attr5 = "five"
v.attr35 = "thirty-five"
v.attr1 = "one"
print(vars(v), v.attr35)
del v.attr35
print(vars(v), sys.getsizeof(v.__dict__))

class Names:
    pass
n = Names()
class S(str):
    pass
n.x = 1
setattr(n, S("y"), 2)
n.z = 3
print(vars(n), n.y, sys.getsizeof(n.__dict__))
print(getattr(n, S("x")), getattr(n, S("z")))
