# tracemalloc: which source lines allocated the most memory?
#
# tracemalloc records, for every memory block allocated while tracing is on, its size and the
# traceback of the allocation. A snapshot groups those records by source line, so the lines
# that hold the most memory come first. Under glasspy the blocks are those of its simulated
# CPython heap, so the sizes are the ones CPython 3.11 reports.
#
#   node dist/glasspy.mjs examples/tracemalloc_top.py      (or python3 examples/tracemalloc_top.py)
import tracemalloc


def make_records(n):
    # One dict per record, each with a string key built from the index.
    return [{"id": i, "name": "item-%d" % i} for i in range(n)]


def make_squares(n):
    # A list of ints; small ints are preallocated, larger ones each take a 28-byte block.
    return [i * i for i in range(n)]


def make_text(n):
    # One long string made of n pieces.
    return "-".join(str(i) for i in range(n))


tracemalloc.start()

records = make_records(2000)
squares = make_squares(5000)
text = make_text(3000)

snapshot = tracemalloc.take_snapshot()
# Keep only this file's lines: tracemalloc's own bookkeeping is traced too.
snapshot = snapshot.filter_traces([tracemalloc.Filter(True, __file__)])

print("Top 3 lines by memory allocated:")
for index, stat in enumerate(snapshot.statistics("lineno")[:3], 1):
    frame = stat.traceback[0]
    print("#%d: line %d: %.1f KiB in %d blocks" % (index, frame.lineno, stat.size / 1024, stat.count))

current, peak = tracemalloc.get_traced_memory()
print("traced memory now: %d KiB, peak: %d KiB" % (current // 1024, peak // 1024))

# Freeing the records gives their memory back: a second snapshot shows the difference.
del records
after = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
print("After del records, the biggest changes:")
for stat in after.compare_to(snapshot, "lineno")[:2]:
    print("  line %d: %+.1f KiB" % (stat.traceback[0].lineno, stat.size_diff / 1024))

tracemalloc.stop()
