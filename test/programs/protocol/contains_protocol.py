# `in` uses __contains__, then __iter__, then __getitem__ with increasing indexes.
class Range2:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi
    def __contains__(self, x):
        print("__contains__", x)
        return self.lo <= x < self.hi

class IterOnly:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])

class GetItemOnly:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10

class ReturnsNonBool:
    def __contains__(self, x):
        return "yes"

print(5 in Range2(0, 10), 10 not in Range2(0, 10))
print(2 in IterOnly(), 7 in IterOnly())
print(20 in GetItemOnly())
print(99 in GetItemOnly())
print(1 in ReturnsNonBool())
try:
    1 in object()
except TypeError as e:
    print("TypeError:", e)
