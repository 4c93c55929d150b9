# Two CPU-bound threads under the GIL: the switch interval's forced hand-overs, the
# scheduler's slice boundaries and the threading machinery (start, join) on a hot loop.
import threading


def count(n):
    total = 0
    i = 0
    while i < n:
        total += i & 7
        i += 1
    return total


results = []


def work():
    results.append(count(1_500_000))


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
