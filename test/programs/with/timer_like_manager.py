# A timer-like context manager driven by a fake clock, so output is deterministic.
class FakeClock:
    def __init__(self):
        self.now = 0
    def tick(self, seconds):
        self.now += seconds

clock = FakeClock()

class Timer:
    records = []

    def __init__(self, label):
        self.label = label

    def __enter__(self):
        self.start = clock.now
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = clock.now - self.start
        Timer.records.append((self.label, self.elapsed, exc_type is None))

with Timer("load") as t:
    clock.tick(3)
print(t.label, t.elapsed)
with Timer("outer"):
    clock.tick(1)
    with Timer("inner"):
        clock.tick(2)
    clock.tick(4)
try:
    with Timer("fails"):
        clock.tick(5)
        raise TimeoutError("too slow")
except TimeoutError:
    pass
for label, elapsed, ok in Timer.records:
    print(f"{label:<6} {elapsed:>3}s {'ok' if ok else 'failed'}")
print(sum(e for _, e, _ in Timer.records), clock.now)
