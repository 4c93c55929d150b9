# The cycle collector under load: build and drop a million small reference cycles (a pair of
# objects pointing at each other, a self-referencing list), so that only the collector can
# reclaim them; automatic collections run throughout, as allocations pass threshold 0.
import gc


class Node:
    __slots__ = ("other", "value")


def make_pairs(n):
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        a.value = i


def make_self_lists(n):
    for i in range(n):
        l = [i]
        l.append(l)


gc.collect()
make_pairs(500_000)
make_self_lists(500_000)
stats = gc.get_stats()
print("collections:", sum(s["collections"] for s in stats) > 0)
print("collected at least a million:", sum(s["collected"] for s in stats) >= 1_000_000)
print("the rest collected:", gc.collect() < 2 * 701)
