# A finalizer that drops a long chain (a deep traceback, a nested list) while its own object is
# still being deallocated: the trashcan defers the chain's deepest links until that dealloc ends,
# and a collection that runs in the meantime must not see them.
import gc
import sys


def deep(k):
    if k == 0:
        raise ValueError("bottom")
    deep(k - 1)


class CatchesDeep:
    def __init__(self, depth, collect):
        self.depth = depth
        self.collect = collect

    def __del__(self):
        try:
            deep(self.depth)
        except ValueError as e:
            print("caught", e, "after", self.depth, "frames")
        if self.collect:
            print("collected", gc.collect() >= 0)


class DropsNested:
    def __del__(self):
        x = []
        for _ in range(2000):
            x = [x]
        del x
        print("nested list dropped; collected", gc.collect() >= 0)


for depth in (10, 100, 400, 800):
    CatchesDeep(depth, collect=False)
    CatchesDeep(depth, collect=True)
DropsNested()
holder = [CatchesDeep(500, collect=True), DropsNested()]
del holder
print("after", gc.collect() >= 0)
