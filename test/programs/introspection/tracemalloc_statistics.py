# Snapshots: statistics by line and file, compare_to, filters, string forms.
import tracemalloc


def short(stat):
    text = str(stat)
    return text[text.rindex("/") + 1:]


def make(n):
    return [str(i) * 3 for i in range(n)]


tracemalloc.start(3)
old = tracemalloc.take_snapshot()
words = make(500)
numbers = list(range(10**6, 10**6 + 2000))
snap = tracemalloc.take_snapshot()

mine = snap.filter_traces([tracemalloc.Filter(True, "*tracemalloc_statistics.py")])
top = mine.statistics("lineno")
print([s.traceback[0].lineno for s in top[:2]])
print(top[0].count, top[0].size >= 2000 * 32 + 2000 * 8)
print(short(top[0]).split(":")[1])
by_file = mine.statistics("filename")
print(len(by_file), by_file[0].traceback[0].lineno)
diff = mine.compare_to(old.filter_traces([tracemalloc.Filter(True, "*tracemalloc_statistics.py")]), "lineno")
print(diff[0].traceback[0].lineno, diff[0].size_diff == diff[0].size, diff[0].count_diff)

tb = [s for s in mine.statistics("traceback") if len(s.traceback) == 3][0].traceback
print(len(tb), tb.total_nframe, [f.lineno for f in tb])
print([line.strip() for line in tb.format()])
print([line.strip() for line in tb.format(limit=1)])
print([line.strip() for line in tb.format(most_recent_first=True)][:2])

excluded = snap.filter_traces([tracemalloc.Filter(False, "*tracemalloc_statistics.py")])
print(all(not t.traceback[-1].filename.endswith("tracemalloc_statistics.py") for t in excluded.traces))
only_line = snap.filter_traces([tracemalloc.Filter(True, "*statistics.py", lineno=11)])
print(500 <= len(only_line.traces) <= 503, only_line.statistics("lineno")[0].traceback[0].lineno)
everything = snap.filter_traces([])
print(len(everything.traces) == len(snap.traces), everything.traceback_limit)
print(len(snap.filter_traces([tracemalloc.DomainFilter(False, 0)]).traces))
try:
    snap.statistics("bad")
except ValueError as e:
    print(e)
try:
    snap.statistics("traceback", cumulative=True)
except ValueError as e:
    print(e)
tracemalloc.stop()
