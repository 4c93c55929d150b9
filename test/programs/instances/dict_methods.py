# Dict methods on a materialised instance dict (a split table) behave as on any dict.
import sys

class C:
    pass

def make(**kw):
    o = C()
    for k, v in kw.items():
        setattr(o, k, v)
    return o

o = make(a=1, b=2, c=3)
d = o.__dict__
print(d.get("a"), d.get("zz", "dflt"), "b" in d, len(d), d["c"])
print(d.setdefault("b", 99), d.setdefault("d", 4), d)
print(d.pop("a"), d.pop("zz", None), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
d.update({"e": 5}, f=6)
print(d, o.e, o.f)
print(d.popitem(), d, o.c)
print(repr(d), str(d.keys()), d.items() & {("b", 2)})
d2 = make(x=1).__dict__
d2.clear()
print(d2, len(d2), sys.getsizeof(d2))
o3 = make(p=1, q=2)
print({**o3.__dict__}, dict(o3.__dict__), o3.__dict__ | {"r": 3})
it = iter(o3.__dict__)
next(it)
o3.s = 4
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(dict.fromkeys(o3.__dict__)), sorted(o3.__dict__))
