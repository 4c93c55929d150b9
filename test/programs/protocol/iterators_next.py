# Iteration through __iter__ / __next__: StopIteration ends loops and unpacking.
class Count:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i

print(list(Count(3)), sum(Count(4)), tuple(Count(0)))
for x in Count(2):
    print("loop", x)
c = Count(2)
print(next(c), next(c), next(c, "done"))
try:
    next(Count(0))
except StopIteration as e:
    print("StopIteration", e.args)
a, b, *rest = Count(5)
print(a, b, rest)
print(dict(zip("ab", Count(9))), sorted(Count(3), reverse=True), max(Count(4)))

