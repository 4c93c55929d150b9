# Iterator classes with __iter__/__next__: a countdown and a re-iterable range.
class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Span:
    """Iterable (not an iterator): each loop gets a fresh iterator."""
    def __init__(self, lo, hi, step=1):
        self.lo, self.hi, self.step = lo, hi, step

    def __iter__(self):
        return SpanIterator(self)

class SpanIterator:
    def __init__(self, span):
        self.span = span
        self.value = span.lo

    def __iter__(self):
        return self

    def __next__(self):
        if self.value >= self.span.hi:
            raise StopIteration
        v = self.value
        self.value += self.span.step
        return v

c = Countdown(3)
print(list(c), list(c))
s = Span(0, 10, 3)
print(list(s), list(s), sum(s), max(s))
it = iter(Span(1, 3))
print(next(it), next(it), next(it, "done"))
print([(a, b) for a in Span(0, 2) for b in Countdown(2)])
a, b, *rest = Span(5, 10)
print(a, b, rest)
print(dict(zip(Span(0, 3), "abc")))
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration raised")
