# iter(callable, sentinel) calls until the sentinel appears; with a reader class.
class Reader:
    def __init__(self, text, size):
        self.text = text
        self.size = size
        self.pos = 0

    def read(self):
        chunk = self.text[self.pos:self.pos + self.size]
        self.pos += self.size
        return chunk

r = Reader("the quick brown fox", 5)
print(list(iter(r.read, "")))

class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.rolls.pop(0)

d = Dice([3, 5, 2, 6, 1, 6])
print(list(iter(d, 6)), d.calls, d.rolls)
numbers = iter([1, 2, 3, 0, 4]).__next__
print(list(iter(numbers, 0)))
it = iter(Reader("ab", 1).read, "")
print(type(it).__name__, next(it), next(it), next(it, "end"))
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
