# Subclasses of int, float, str, list, tuple and dict that override a dunder: the
# interpreter's shortcuts for the exact builtin types must not skip the override.
class I(int):
    def __add__(self, o):
        return "I.__add__"
    def __lt__(self, o):
        return "I.__lt__"
    def __eq__(self, o):
        return "I.__eq__"
    __hash__ = int.__hash__
    def __bool__(self):
        return False
class F(float):
    def __mul__(self, o):
        return "F.__mul__"
    def __sub__(self, o):
        return "F.__sub__"
class S(str):
    def __add__(self, o):
        return "S.__add__"
    def __getitem__(self, i):
        return "S.__getitem__"
class L(list):
    def __getitem__(self, i):
        return ("L.__getitem__", i)
    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)
    def __iter__(self):
        return iter("it")
    def __len__(self):
        return 99
class T(tuple):
    def __getitem__(self, i):
        return "T.__getitem__"
class D(dict):
    def __getitem__(self, k):
        return "D.__getitem__"
    def __setitem__(self, k, v):
        print("D.__setitem__", k, v)
    def __contains__(self, k):
        return True

i, f, s, l, t, d = I(1), F(2.0), S("ab"), L([1, 2]), T((1, 2)), D(a=1)
for _ in range(3):
    print(i + 1, i < 2, i == 1, i != 1, 1 + i, f * 2, f - 1.0, 2.0 * f, s + "c", s[0], l[0], t[0], d["a"])
    l[0] = 5
    d["k"] = 1
    print([x for x in l], len(l), "z" in d, not i, "yes" if i else "no")
    n = 0
    while i:
        n += 1
    print(n, [x for x in S("xy")], sorted(I(3) for _ in range(2)))
