# BUILD_LIST in hot loops: a list's header comes from the list free list (the last freed is
# the first taken), its item array is a new block of exactly its items, and it is tracked by
# the collector; with the free list empty (after a full collection) the header is a new block
# too; under tracemalloc every item array is traced.
import gc
import sys
import tracemalloc


def last_freed_first_taken(n):
    same = 0
    for i in range(n):
        l = [i, i + 1]
        a = id(l)
        del l
        m = [i, -i]
        same += id(m) == a
    return same


print(last_freed_first_taken(3000))


def sizes(n):
    # Exactly as many item slots as items (what sys.getsizeof counts), then room to grow.
    total = 0
    for i in range(n):
        x = i % 50
        empty = []
        one = [x]
        total += len(empty) + len(one) + sys.getsizeof(empty) + sys.getsizeof(one)
        one.append(x)
        total += sys.getsizeof(one)
    return total


def more_sizes(n):
    total = 0
    for i in range(n):
        x = i % 50
        four = [x, x, x, x]
        many = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]
        total += len(four) + len(many) + many[16] + sys.getsizeof(four) + sys.getsizeof(many)
    return total


print(more_sizes(2000))
print(sizes(2000))


def tracked(n):
    count = 0
    refs = 0
    for i in range(n):
        l = [i % 7, (i,)]
        count += gc.is_tracked(l)
        refs += sys.getrefcount(l)
    return count, refs


print(tracked(2000))


def kept_then_freed(n):
    # After gc.collect() the free list is empty: the kept lists' headers are new blocks, and
    # so are their item arrays. Freed, 80 headers go back to the free list.
    gc.collect()
    before = sys.getallocatedblocks()
    out = []
    for i in range(n):
        x = i % 100
        out.append([x, x, x])
    ids = [id(l) for l in out]
    kept = sys.getallocatedblocks()
    del out
    freed = sys.getallocatedblocks()
    again = []
    for i in range(n):
        x = i % 100
        again.append([x, x, x])
    taken = sys.getallocatedblocks()
    # (The list is freed last to first: the free list keeps the last 80 with out[-80] on top,
    # which `again` itself takes.)
    first = [id(l) for l in again[:79]] == ids[-79:]
    return kept - before, freed - kept, taken - freed, first


print(kept_then_freed(1500))


def traced(n):
    tracemalloc.start()
    try:
        keep = []
        for i in range(n):
            x = i % 10
            keep.append([x, x])
            l = [x]
        current, peak = tracemalloc.get_traced_memory()
        return len(keep), current > 0, peak >= current
    finally:
        tracemalloc.stop()


print(traced(2000))


def nested(n):
    total = 0
    for i in range(n):
        x = i % 10
        l = [[x, x + 1], [x + 2], [[x], []]]
        total += l[0][1] + l[1][0] + len(l[2][1])
    return total


print(nested(3000))
print(gc.collect() >= 0)
