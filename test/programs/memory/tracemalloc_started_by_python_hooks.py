# tracemalloc started by Python code that the eval loop runs from inside an instruction (a
# property getter, __getattr__, a property setter, __del__), in loops too short to be compiled:
# the allocations after it are traced to the lines that make them, as CPython traces them,
# not to the line that started tracing.
import tracemalloc


class Hooks:
    @property
    def on(self):
        tracemalloc.start()
        return 1

    def __getattr__(self, name):
        tracemalloc.start()
        return 2

    @property
    def value(self):
        return 0

    @value.setter
    def value(self, v):
        tracemalloc.start()


class Dies:
    def __del__(self):
        tracemalloc.start()


def lines(snapshot):
    stats = snapshot.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno")
    return sorted((s.traceback[0].lineno - FIRST, s.count) for s in stats)


FIRST = 0


def run(kind, n=12):
    keep = []
    h = Hooks()
    for i in range(n):
        if i == n - 3:
            if kind == "getter":
                v = h.on
            elif kind == "getattr":
                v = h.missing
            elif kind == "setter":
                h.value = i
                v = 3
            else:
                Dies()
                v = 4
        else:
            v = 0
        keep.append(i * 1000 + v)
        keep.append(str(i) * 40)
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return lines(snap)


FIRST = run.__code__.co_firstlineno
for kind in ("getter", "getattr", "setter", "del"):
    print(kind, run(kind))
