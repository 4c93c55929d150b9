import copy
class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"
p = P(1, [2]); q = copy.copy(p); r = copy.deepcopy(p)
print(q, r, q.y is p.y, r.y is p.y, type(r).__name__, r is p)
class WithCopy:
    def __init__(self):
        self.v = 1
    def __copy__(self):
        print("__copy__ called")
        return WithCopy()
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return 'deep'
print(type(copy.copy(WithCopy())).__name__, copy.deepcopy(WithCopy()))
class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
        self.b = 2
s = copy.deepcopy(S()); print(s.a, s.b)
class St:
    def __init__(self):
        self.v = 5
    def __getstate__(self):
        return {'v': self.v * 10}
    def __setstate__(self, st):
        self.v = st['v'] + 1
print(copy.copy(St()).v, copy.deepcopy(St()).v)
class L(list):
    pass
l2 = copy.deepcopy(L([1, [2]])); print(type(l2).__name__, l2)
class Node:
    def __init__(self):
        self.me = self
n = copy.deepcopy(Node()); print(n.me is n)
print(copy.deepcopy(P) is P, copy.Error.__mro__[1].__name__)
