# __call__: arguments and keywords, callable(), and calling what is not callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x) * scale, rest, sorted(kw.items())
    def __repr__(self):
        return f"Adder({self.n!r})"

add = Adder(10)
print(add(1), add(1, 2, 3, scale=2, z=0), callable(add), callable(Adder))
print(list(map(Adder(1), [1, 2])))
try:
    Adder(1)()
except TypeError as e:
    print(e)

