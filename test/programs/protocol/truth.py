# Truth: __bool__ first, then __len__, else true; and what each may return.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Both:
    def __bool__(self):
        print("bool used")
        return False
    def __len__(self):
        print("len used")
        return 5

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()))
print("yes" if L(2) else "no", not L(0), L(0) or "fallback", L(4) and "and")
if B(False):
    print("unreachable")
while L(0):
    print("unreachable")
class Empty:
    pass
print(bool(object()), bool(Empty()))
print([x for x in [L(0), L(1), B(True)] if x].__len__())
for bad in [B(1), B("yes"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print(e)
try:
    if B(0):
        pass
except TypeError as e:
    print(e)
for n in [-1, "3", 2.0, 2**100]:
    try:
        bool(L(n))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(e)
class TrueInt(int):
    pass
print(bool(TrueInt(0)), bool(TrueInt(3)))
