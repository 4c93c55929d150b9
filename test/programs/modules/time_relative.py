# time functions, checked only relative to each other.
import time
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
total = 0
for i in range(10000):
    total += i
t2 = time.time()
p2 = time.perf_counter()
m2 = time.monotonic()
print(total, t2 >= t1, p2 >= p1, m2 >= m1, type(t1).__name__, t1 > 1.6e9)
start = time.monotonic()
time.sleep(0.01)
print(time.monotonic() - start >= 0.009)
ns = time.time_ns()
print(type(ns).__name__, ns > 1600000000 * 10 ** 9, time.perf_counter_ns() > 0)
