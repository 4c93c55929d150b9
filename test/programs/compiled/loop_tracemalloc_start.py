# tracemalloc started from inside hot loops (by a native call, by __add__, by a property read
# in a small function the loop calls): the allocations after it are traced to their own lines,
# as CPython traces them.
import tracemalloc

class Starter:
    def __add__(self, other):
        tracemalloc.start()
        return other

class Switch:
    @property
    def on(self):
        tracemalloc.start()
        return 1

def read_on(o):
    return o.on

def lines(snapshot):
    stats = snapshot.filter_traces([tracemalloc.Filter(True, __file__)]).statistics("lineno")
    return sorted((s.traceback[0].lineno, s.count) for s in stats)

def by_call(n):
    keep = []
    for i in range(n):
        if i == n - 3:
            tracemalloc.start()
        keep.append([i * 1000])
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return lines(snap)

def by_add(n):
    keep = []
    s = Starter()
    for i in range(n):
        v = s + i if i == n - 3 else i
        keep.append((v * 1000, v))
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return lines(snap)

def by_small_function(n):
    keep = []
    sw = Switch()
    for i in range(n):
        v = read_on(sw) if i == n - 3 else 0
        keep.append([i * 1000 + v])
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return lines(snap)

print(by_call(2000))
print(by_add(2000))
print(by_small_function(2000))


class Dying:
    def __del__(self):
        if not tracemalloc.is_tracing():
            tracemalloc.start()


def by_dying_default(n):
    # d.get(k, default) done by the compiled code: the default dies when the key is found, and
    # its __del__ starts tracemalloc.
    keep = []
    d = {"k": 1}
    for i in range(n):
        v = d.get("k", Dying()) if i == n - 3 else 1
        keep.append([i * 1000 + v])
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return lines(snap)


def by_dying_list(n):
    # l.append(x) on a list made for the call: it dies after the append, with the item whose
    # __del__ starts tracemalloc.
    keep = []
    for i in range(n):
        if i == n - 3:
            [].append(Dying())
        keep.append([i * 1000])
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    return lines(snap)


print(by_dying_default(2000))
print(by_dying_list(2000))
