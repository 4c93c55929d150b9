# Classes made and freed in turn, each with another layout (a freed class's slot table is
# reused by the next class): every instance must release exactly what its own class put in
# it, in its own order.
import gc


class Tell:
    def __init__(self, label):
        self.label = label

    def __del__(self):
        print("  freed", self.label)


gc.collect()
for i in range(8):
    names = tuple("s%d" % j for j in range(i % 4))
    namespace = {"__slots__": names + ("__dict__",)} if i % 2 else {}
    C = type("C%d" % i, (), namespace)
    o = C()
    for n in names:
        setattr(o, n, Tell("%s.%s" % (C.__name__, n)))
    o.extra = Tell("%s.extra" % C.__name__)
    o.me = o
    print(C.__name__, sorted(vars(o)), gc.collect())
    del o
    print(" collected", gc.collect())
    del C
    print(" class collected", gc.collect() > 0)
