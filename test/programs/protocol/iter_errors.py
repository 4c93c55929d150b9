# Errors from objects that are not properly iterable.
class NotIterable:
    pass

class BadIter:
    def __iter__(self):
        return 42

class NoNext:
    def __iter__(self):
        return self

class IterNone:
    __iter__ = None

for obj in (NotIterable(), BadIter(), NoNext(), IterNone(), 3.5):
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print("TypeError:", e)
try:
    next(NotIterable())
except TypeError as e:
    print("TypeError:", e)
try:
    a, b = NotIterable()
except TypeError as e:
    print("TypeError:", e)
try:
    list(NoNext())
except TypeError as e:
    print("TypeError:", e)
