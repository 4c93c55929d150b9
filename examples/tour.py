# A tour of glasspy: reference counts, object sizes, identity, freeing and weak references,
# the generational cycle collector, threads and the GIL, tracemalloc, and the heap's arenas,
# pools and blocks.
#
# Every object below lives in glasspy's simulated CPython heap, so the numbers printed are
# the ones CPython 3.11 gives on a 64-bit machine. Run it under python3 too and compare:
# steps 1-7 print the same; step 8 uses the glasspy-only `glasspy` module and is skipped there.
import sys

print("== 1. Reference counts ==")
a = []
# One reference from the name `a`, one from getrefcount's own argument.
print("a = []                 getrefcount(a) =", sys.getrefcount(a))
b = a
print("b = a                  getrefcount(a) =", sys.getrefcount(a))
pair = [a, a]
print("pair = [a, a]          getrefcount(a) =", sys.getrefcount(a))
del pair, b
print("del pair, b            getrefcount(a) =", sys.getrefcount(a))


def count_inside(x):
    # The caller's name, the parameter x, and getrefcount's argument.
    return sys.getrefcount(x)


print("inside f(a)            getrefcount(a) =", count_inside(a))
print()

print("== 2. Sizes (sys.getsizeof) ==")
print("an int header is 24 bytes plus 4 per 30-bit digit:")
for n in (0, 1, 2**30, 2**60, 10**100):
    print(f"  getsizeof({n if n < 10**20 else '10**100'}) = {sys.getsizeof(n)}")
print("strings pick 1, 2 or 4 bytes per character from their widest character:")
for s in ("", "a", "abc", "é", "€", "😀"):
    print(f"  getsizeof({s!r}) = {sys.getsizeof(s)}")
print("a list grows its item array in steps, so its size jumps:")
grow = []
sizes = []
for i in range(17):
    sizes.append(sys.getsizeof(grow))
    grow.append(i)
print("  ", sizes)
print("a dict's table doubles when two thirds full:")
d = {}
dict_sizes = []
for i in range(12):
    dict_sizes.append(sys.getsizeof(d))
    d[str(i)] = i
print("  ", dict_sizes)
print()

print("== 3. Identity ==")
x = 256
y = 256
print("small ints are cached:  256 is 256 ->", x is y)
x = int("1000")
y = int("1000")
print("larger ints are not:    int('1000') is int('1000') ->", x is y)
empty = ()
print("the empty tuple is one object: () is tuple() ->", empty is tuple())
print()

print("== 4. Freeing: __del__ and weak references ==")
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  __del__ runs for {self.name}, the moment its last reference goes")


n = Node("first")
r = weakref.ref(n)
print("a weak reference does not keep its object alive: r() is n ->", r() is n)
del n
print("after del n:            r() ->", r())
print()

print("== 5. Cycles and the generational collector ==")
import gc

# Reference counting alone never frees a cycle: each object keeps the other's count above 0.
gc.collect()
print("generation thresholds:", gc.get_threshold())
p = Node("p")
q = Node("q")
p.partner, q.partner = q, p
del p, q
print("p and q point at each other; after del they are unreachable but still counted")
found = gc.collect()
print("gc.collect() found", found, "unreachable objects (the two instances)")
print()

print("== 6. Threads share one GIL ==")
import threading

totals = []


def add_up(n):
    total = 0
    for i in range(n):
        total += i
    totals.append(total)


workers = [threading.Thread(target=add_up, args=(200000,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
# Only one thread runs Python at a time; the running one hands the GIL over after the switch
# interval when another is waiting.
print("two threads each summed 200,000 numbers:", totals)
print("switch interval:", sys.getswitchinterval(), "seconds")
print()

print("== 7. Where the memory went (tracemalloc) ==")
import tracemalloc

# tracemalloc records the size and source line of every block allocated while it runs;
# a snapshot's statistics add them up per line, biggest first.
tracemalloc.start()
numbers = list(range(3000))  # a list, plus one int object per number above 256
index = dict.fromkeys(range(1000))  # a dict's table, plus its int keys
buffer = bytes(20000)  # one 20,000-byte block (plus the bytes header)
label = "ab" * 3000
snapshot = tracemalloc.take_snapshot()
tracemalloc.stop()
mine = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])
for stat in mine.statistics("lineno")[:3]:
    frame = stat.traceback[0]
    print(f"  line {frame.lineno}: {stat.size} bytes in {stat.count} blocks")
print("the list's line holds 2,745 blocks: the list, its item array, and 2,743 ints")
del numbers, index, buffer, label

try:
    import glasspy
except ImportError:
    glasspy = None

if glasspy is not None:
    # glasspy only: the heap's arenas, pools and blocks (python3 has no such module).
    print()
    print("== 8. Arenas, pools and blocks (glasspy only) ==")
    layout = glasspy.layout()
    print(f"small objects live in {layout['arena_size'] // 1024} KiB arenas cut into "
          f"{layout['pool_size']}-byte pools; each pool serves one size class")
    for label, obj in (("a float", 1.5), ("a 3-item list", [1, 2, 3]), ("a 100-char str", "x" * 100)):
        b = glasspy.block(obj)
        print(f"  {label:15} -> size class {b['size_class']:2}, a {b['block_size']}-byte block"
              f" (GC header: {b['pre_header']} bytes)")
    print("a float needs 24 bytes, so it takes a whole 24-byte block; the list's block holds its")
    print("16-byte GC header and 40-byte object, and its items live in a second block")
    states = {"used": 0, "full": 0, "empty": 0}
    for pool in glasspy.pools():
        states[pool["state"]] += 1
    print(f"pools now: {states['full']} full, {states['used']} partly used, {states['empty']} empty;"
          f" {len(glasspy.arenas())} arenas")
    floats = [i + 0.5 for i in range(2000)]
    class_index = glasspy.block(floats[0])["size_class"]
    float_pools = [p for p in glasspy.pools() if p["size_class"] == class_index and p["state"] != "empty"]
    print(f"after 2000 floats: {len(float_pools)} pools serve the float size class, holding "
          f"{sum(p['in_use'] for p in float_pools)} blocks in use")
    print(f"(each pool has room for {float_pools[0]['blocks']} floats)")
    del floats
    stats = glasspy.gil_stats()
    print(f"step 6's threads took the GIL in turns: {stats['switches']} hand-overs so far"
          f" ({'some' if stats['forced_switches'] else 'none'} forced by the switch interval)")
