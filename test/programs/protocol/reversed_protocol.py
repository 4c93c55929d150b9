# reversed() uses __reversed__, or __len__ + __getitem__ as a fallback.
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]

class Stack:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
    def __reversed__(self):
        print("__reversed__ called")
        return iter(self.items[::-1])

d = Deck(["A", "K", "Q", "J"])
print(list(reversed(d)), list(d))
s = Stack([1, 2, 3])
print(list(reversed(s)), list(s))
r = reversed(d)
print(type(r).__name__, next(r), next(r))

class OnlyIter:
    def __iter__(self):
        return iter([1, 2])
try:
    reversed(OnlyIter())
except TypeError as e:
    print("TypeError:", e)
class NoReverse:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
try:
    reversed(NoReverse())
except TypeError as e:
    print("TypeError:", e)
