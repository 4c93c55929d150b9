# l.append(x) through LOAD_METHOD and CALL on an exact list and on subclasses, and every
# other way to reach list.append: its errors, the references it takes, bound and unbound.
import sys


class Doubling(list):
    def append(self, x):
        super().append(x * 2)


class Plain(list):
    pass


class Noisy:
    def __del__(self):
        print("noisy freed")


def run():
    out = []
    for i in range(100):
        out.append(i)
    print(len(out), out[-1], sys.getsizeof(out))
    sub = Doubling()
    sub.append(3)
    plain = Plain()
    plain.append(4)
    print(sub, plain)
    a = []
    a.append(a)
    print(len(a), a[0] is a)
    item = object()
    before = sys.getrefcount(item)
    keep = []
    keep.append(item)
    print("item refs", sys.getrefcount(item) - before)
    keep.append(Noisy())
    print("noisy kept", len(keep))
    del keep
    for bad in ((), (1, 2)):
        try:
            [].append(*bad)
        except TypeError as e:
            print(e)
    try:
        [].append(x=1)
    except TypeError as e:
        print(e)
    try:
        list.append(3, 4)
    except TypeError as e:
        print(e)
    m = [].append
    print(m(5))
    f = list.append
    q = []
    print(f(q, 9), q)
    print(out.append(100) is None, len(out))


run()
