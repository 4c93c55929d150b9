# FOR_ITER over a dict's items in compiled loops: the result tuple reused as CPython reuses it
# (the references it holds), a step that frees the last value (its __del__ runs inside the
# FOR_ITER), a result kept by the loop, a dict changed during the loop.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def refs_during(d):
    out = []
    for k, v in d.items():
        out.append((sys.getrefcount(k), sys.getrefcount(v)))
    return out


keys = ["k%d" % i for i in range(4)]
print(refs_during({k: [i] for i, k in enumerate(keys)}))


def replace_values(d, drop):
    for k, v in d.items():
        d[k] = None
        if drop:
            v = None
        print("step", k)
    print("done")


replace_values({("a%d" % i): Noisy("a%d" % i) for i in range(3)}, False)
replace_values({("b%d" % i): Noisy("b%d" % i) for i in range(3)}, True)


def keep(d):
    kept = []
    for item in d.items():
        kept.append(item)
    return kept


print(keep({1: "x", 2: "y", 3: "z"}))


def grow(d):
    try:
        for k, v in d.items():
            d[k + 100] = v
    except RuntimeError as e:
        print("RuntimeError:", e)


grow({1: 2, 3: 4})


def total(d):
    t = 0
    for k, v in d.items():
        t += k * v
    return t


print(total({i: i % 7 for i in range(1000)}))
