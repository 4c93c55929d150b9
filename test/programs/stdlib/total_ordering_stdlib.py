# functools.total_ordering fills in missing comparison methods from __eq__ and __lt__.
from functools import total_ordering

@total_ordering
class Card:
    ORDER = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.rank == other.rank

    def __lt__(self, other):
        if not isinstance(other, Card):
            return NotImplemented
        return self.ORDER.index(self.rank) < self.ORDER.index(other.rank)

    def __hash__(self):
        return hash(self.rank)

    def __repr__(self):
        return self.rank + self.suit

a, k, two = Card("A", "s"), Card("K", "h"), Card("2", "d")
print(a > k, a >= k, two <= k, two > a, k >= Card("K", "c"))
print(sorted([k, two, a, Card("T", "c")]), max([two, k]), min([a, k]))
print("__gt__" in Card.__dict__, "__le__" in Card.__dict__, "__ge__" in Card.__dict__)
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
try:
    a >= "x"
except TypeError as e:
    print("TypeError:", e)
