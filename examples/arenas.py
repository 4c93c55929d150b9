# Arenas, pools and blocks: where glasspy puts your objects.
#
# glasspy keeps every Python object in a simulated CPython heap. Small objects (up to 512
# bytes) come from pymalloc: the heap is cut into 256 KiB *arenas*, each arena into 4 KiB
# *pools*, and each pool serves blocks of one *size class* (8, 16, 24, ... bytes). Larger
# objects go to the raw allocator. The glasspy-only module `glasspy` reports these facts.
#
#   node dist/glasspy.mjs examples/arenas.py
import sys

import glasspy

layout = glasspy.layout()
print("== The heap's layout ==")
print("layout %r: %d size classes of %d-byte steps, %d-byte pools, %d KiB arenas"
      % (layout["name"], layout["size_classes"], layout["alignment"], layout["pool_size"],
         layout["arena_size"] // 1024))
print("requests above %d bytes bypass pymalloc" % layout["small_request_threshold"])
print()

print("== Where objects live ==")
# An object's block is its fixed part rounded up to a size class, plus a 16-byte GC header in
# front for objects the garbage collector tracks (lists, tuples, dicts, ...). getsizeof counts
# the GC header too, and also parts allocated separately, such as a list's array of items:
# that is why the 3-item list's block is smaller than its getsizeof.
samples = [("the float 2.5", 2.5), ("the int 10**20", 10**20), ("a 3-item list", [1, 2, 3]),
           ("a 2-tuple", (1, "a")), ("a 1000-byte bytes", bytes(1000))]
for label, obj in samples:
    b = glasspy.block(obj)
    if b["domain"] == "pymalloc":
        print("%-18s getsizeof %4d: GC header %2d, size class %2d, %3d-byte block #%d of its pool"
              % (label, sys.getsizeof(obj), b["pre_header"], b["size_class"], b["block_size"],
                 b["block_index"]))
    else:
        print("%-18s getsizeof %4d -> %s allocator, %d bytes requested"
              % (label, sys.getsizeof(obj), b["domain"], b["requested"]))
print()


def pool_states():
    """How many pools are in each state: 'used' (some blocks free), 'full', 'empty'."""
    counts = {"used": 0, "full": 0, "empty": 0}
    for pool in glasspy.pools():
        counts[pool["state"]] += 1
    return counts


def class_map(size_class):
    """The heap map's lines for the pools of one size class."""
    shown = []
    keep = False
    for line in glasspy.heap_map(56).splitlines():
        if line.startswith("  pool "):
            keep = (" class %d (" % size_class) in line
        elif not line.startswith("    "):
            keep = False
        if keep:
            shown.append(line)
    return shown


float_class = glasspy.block(0.5)["size_class"]
print("== Pools of size class %d (floats) before ==" % float_class)
print("pools by state:", pool_states())
# In the map, each character is one block: a letter for a block in use (one letter per size
# class), '.' for a freed block, '-' for a block the pool has never handed out.
for line in class_map(float_class):
    print(line)
print()

floats = [i + 0.5 for i in range(1000)]
print("== After allocating 1000 floats ==")
# pymalloc fills the pools it already uses first, then carves new pools from an arena.
print("pools by state:", pool_states())
lines = class_map(float_class)
for line in lines[:8]:
    print(line)
print("  ... %d more lines" % (len(lines) - 8))
print()

del floats[::2]
print("== After freeing every other float ==")
# Freed blocks go on their pool's free list ('.'); a pool stays 'used' until all its blocks
# are free, and only then becomes 'empty' and reusable by any size class. The first pool stays
# full: like CPython, glasspy keeps up to 100 freed floats on a float free list for reuse
# instead of returning their blocks, and the first floats freed were that pool's.
for line in class_map(float_class)[:6]:
    print(line)
print()

del floats
print("== After freeing them all ==")
print("pools by state:", pool_states())
# What is left for floats: the free list's 100 floats and the floats that existed before.
print("pools still serving floats:", sum(1 for l in class_map(float_class) if l.startswith("  pool")))
