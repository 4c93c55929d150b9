# tracemalloc's native functions: state, limits, errors, traced-memory deltas.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.start(0)
except ValueError as e:
    print("ValueError:", e)
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)

tracemalloc.start(4)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(9)                    # already tracing: the limit is kept
print(tracemalloc.get_traceback_limit())

before = tracemalloc.get_traced_memory()[0]
data = list(range(10**6, 10**6 + 1000))
after = tracemalloc.get_traced_memory()[0]
print("1000 ints + list:", 40000 <= after - before <= 41000)

blob = bytes(5000)
print("bytes(5000) traced:", tracemalloc.get_traced_memory()[0] - after)

current, peak = tracemalloc.get_traced_memory()
del data
current2, peak2 = tracemalloc.get_traced_memory()
print("freed:", current - current2 >= 40000, "peak kept:", peak2 == peak)
tracemalloc.reset_peak()
print("peak reset:", tracemalloc.get_traced_memory()[1] == tracemalloc.get_traced_memory()[0])

tb = tracemalloc.get_object_traceback(blob)
print(len(tb), tb[0].lineno, tb[0].filename.endswith("tracemalloc_api.py"))
print(tracemalloc.get_object_traceback(None))

tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory())
print(tracemalloc.get_object_traceback(blob))
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
