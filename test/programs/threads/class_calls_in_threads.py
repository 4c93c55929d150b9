# Two threads making instances whose __init__ runs long enough to be interrupted by the
# other thread (and, in Q, calls super().__init__): each thread holds its own class calls.
import sys
import threading


class P:
    def __init__(self, x, y):
        s = 0
        for i in range(50):
            s += i
        self.v = (x, y, s)


class Q(P):
    def __init__(self, x):
        super().__init__(x, x)


arg = object()
before = sys.getrefcount(arg)
out = {}


def work(name, cls, n):
    objs = [cls(arg) if cls is Q else cls(arg, arg) for _ in range(n)]
    out[name] = len(objs)


ts = [threading.Thread(target=work, args=("p", P, 3000)), threading.Thread(target=work, args=("q", Q, 3000))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(out.items()), sys.getrefcount(arg) - before)
