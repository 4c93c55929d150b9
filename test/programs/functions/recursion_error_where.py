# RecursionError's message names the native level that hit the limit: a rich comparison,
# repr() or str(). One counter counts these levels and Python frames alike.
from _recursion_probe import probe


base = probe()


class Eq:
    def __eq__(self, other):
        return base - probe()


class Reprs:
    def __repr__(self):
        return str(base - probe())


class Strs:
    def __str__(self):
        return str(base - probe())


print("levels under ==:", Eq() == Eq())
print("levels under repr():", repr(Reprs()))
print("levels under format():", format(Strs()))

nested = []
for _ in range(5000):
    nested = [nested]
try:
    repr(nested)
except RecursionError as e:
    print(e)

deep = []
for _ in range(5000):
    deep = (deep,)
try:
    str(deep)
except RecursionError as e:
    print(e)

# Each level of this recursion is __eq__'s frame, list.count's call and the comparison: the
# limit comes at the comparison, a third of the way to 1000 levels.
calls = 0


class Recurses:
    def __eq__(self, other):
        global calls
        calls += 1
        return [self].count(other) > 0


try:
    Recurses() == Recurses()
except RecursionError as e:
    print(calls, e)
