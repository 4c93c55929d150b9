# Class body scope: names defined there are not visible inside methods or comprehensions.
x = "global x"

class Scoped:
    x = "class x"
    y = x + " (read in body)"
    doubled = [x * 2 for x in range(3)]
    letters = list(map(lambda c: c.upper(), "ab"))

    def method(self):
        return x

    def method_via_class(self):
        return type(self).x

print(Scoped.y)
print(Scoped.doubled, Scoped.letters)
s = Scoped()
print(s.method(), "|", s.method_via_class())

class Counter:
    n = 3
    try:
        squares = [n * n for _ in range(2)]
    except NameError as e:
        error = str(e)
    squares2 = [i * i for i in range(n)]

print(getattr(Counter, "error", "no error"), Counter.squares2)
