# The string forms of tracemalloc's classes and the size formatting.
import tracemalloc

frame = tracemalloc.Frame(("demo.py", 12))
print(str(frame), repr(frame))
print(frame == tracemalloc.Frame(("demo.py", 12)), frame < tracemalloc.Frame(("demo.py", 13)))
tb = tracemalloc.Traceback((("b.py", 2), ("a.py", 1)))
print(str(tb), repr(tb), len(tb), tb[0], tb[-1])
tb2 = tracemalloc.Traceback((("b.py", 2), ("a.py", 1)), 7)
print(repr(tb2), tb2.total_nframe, tb == tb2)
for size in (0, 1, 10239, 10240, 102399, 102400, 5 * 1024 * 1024, 10 * 1024 * 1024, 3 * 1024 ** 4, 20 * 1024 ** 4):
    print(tracemalloc.Statistic(tb, size, 1))
print(tracemalloc.Statistic(tb, 91, 2))
print(tracemalloc.Statistic(tb, 5081, 2))
print(tracemalloc.Statistic(tb, 0, 0))
print(repr(tracemalloc.Statistic(tb, 100, 3)))
print(tracemalloc.StatisticDiff(tb, 5000, -5000, 1, -3))
print(tracemalloc.StatisticDiff(tb, 0, 0, 0, 0))
print(repr(tracemalloc.StatisticDiff(tb, 10, 4, 2, 1)))
trace = tracemalloc.Trace((0, 2048, (("x.py", 5),), 1))
print(str(trace), repr(trace))
stats = [tracemalloc.Statistic(tb, 10, 1), tracemalloc.Statistic(tb, 10, 2), tracemalloc.Statistic(tb, 30, 1)]
stats.sort(reverse=True, key=lambda s: (s.size, s.count, s.traceback))
print([(s.size, s.count) for s in stats])
for pattern, name in (("*.py", "a/b.py"), ("a/?.py", "a/b.py"), ("a/[abc].py", "a/b.py"), ("a/[!b].py", "a/b.py"), ("*.py", "x.pyc")):
    f = tracemalloc.Filter(True, pattern)
    print(pattern, name, f._match((0, 1, ((name, 1),), 1)))
print(tracemalloc.BaseFilter(False).inclusive)
