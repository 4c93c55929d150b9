# BUILD_TUPLE in hot loops: a tuple of a length below 20 comes from the free list of that
# length (the last freed is the first taken), counted once and tracked by the collector; a
# tuple of 20 items or more is a new block; after a full collection the free lists are empty,
# so the next tuples of a length are new blocks, and freed ones refill the list.
import gc
import sys


def last_freed_first_taken(n):
    same = 0
    for i in range(n):
        t = (i, i + 1)
        a = id(t)
        del t
        u = (i, -i)
        same += id(u) == a
    return same


print(last_freed_first_taken(3000))


def every_length(n):
    total = 0
    for i in range(n):
        x = i % 50
        t1 = (x,)
        t3 = (x, x, x)
        t19 = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
        t20 = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
        total += len(t1) + len(t3) + len(t19) + len(t20) + t19[18] + t20[19]
    return total


print(every_length(2000))


def tracked(n):
    count = 0
    refs = 0
    for i in range(n):
        t = (i % 7, [i])
        count += gc.is_tracked(t)
        refs += sys.getrefcount(t)
    return count, refs


print(tracked(2000))


def kept_then_freed(n):
    # After gc.collect() the free lists are empty: each kept tuple is a new block. Freed, they
    # fill the free list of their length (up to 2,000), and the next ones come from it.
    gc.collect()
    before = sys.getallocatedblocks()
    out = []
    for i in range(n):
        x = i % 100
        out.append((x, x, x, x, x, x, x))
    ids = [id(t) for t in out]
    kept = sys.getallocatedblocks()
    # (The list is freed last to first: out[0]'s block is the free list's first.)
    del out
    freed = sys.getallocatedblocks()
    again = []
    for i in range(n):
        x = i % 100
        again.append((x, x, x, x, x, x, x))
    taken = sys.getallocatedblocks()
    reused = sorted(id(t) for t in again) == sorted(ids)
    order = [id(t) for t in again[:5]] == ids[:5]
    # Taken, the list is empty again: all of them fit on it once more.
    del again
    refilled = sys.getallocatedblocks()
    return kept - before, freed - kept, taken - freed, refilled - taken, reused, order


print(kept_then_freed(2000))


def nested(n):
    # Tuples of tuples, made and dropped whole (the inner ones freed as the outer one is).
    total = 0
    for i in range(n):
        x = i % 10
        t = ((x, x + 1), (x + 2,), ((x,), (x, x)))
        total += t[0][1] + t[1][0] + len(t[2][1])
    return total


print(nested(3000))
print(gc.collect() >= 0)
