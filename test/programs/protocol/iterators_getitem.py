# The old __getitem__ iteration protocol, __iter__ = None, generators as __iter__, and
# iter() results that are not iterators.
class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Squares()), list(iter(Squares())), list(enumerate(Squares())))

class NotIterable:
    __iter__ = None
    def __getitem__(self, i):
        return i
for thing in [NotIterable(), 3, object()]:
    try:
        iter(thing)
    except TypeError as e:
        print(e)
    try:
        for _ in thing:
            pass
    except TypeError as e:
        print(e)

class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    next(Squares())
except TypeError as e:
    print(e)

class Gen:
    def __iter__(self):
        yield from range(3)
print(list(Gen()), 2 in Gen())
class Stops:
    def __next__(self):
        raise StopIteration("value")
    def __iter__(self):
        return self
print(list(Stops()))
