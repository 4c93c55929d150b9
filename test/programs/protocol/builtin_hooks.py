# Special methods that builtins look up on the type: __reversed__, __sizeof__, __length_hint__.
import sys
class Rev:
    def __init__(self, items):
        self.items = items
    def __reversed__(self):
        return iter(["reversed", *self.items[::-1]])
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
print(list(reversed(Rev([1, 2, 3]))))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(SeqOnly())))
class NoRev:
    __reversed__ = None
for o in [NoRev(), object(), {1: 2}]:
    try:
        reversed(o)
    except TypeError as e:
        print(e)

class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) - 1000 > 0, sys.getsizeof(Sized()) == sys.getsizeof(Sized()))
class BadSize:
    def __sizeof__(self):
        return -5
try:
    sys.getsizeof(BadSize())
except ValueError as e:
    print(e)

class Hint:
    def __iter__(self):
        return iter(range(4))
    def __length_hint__(self):
        return 100
print(list(Hint()), len(list(Hint())))

