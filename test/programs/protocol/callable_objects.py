# Instances with __call__: stateful callables used like functions.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor

class RunningAverage:
    def __init__(self):
        self.total = 0
        self.count = 0
    def __call__(self, value):
        self.total += value
        self.count += 1
        return self.total / self.count

double = Multiplier(2)
print(double(21), list(map(Multiplier(3), [1, 2, 3])))
print(callable(double), callable(Multiplier), callable(5))
avg = RunningAverage()
print([avg(v) for v in (10, 20, 60)])
print(sorted(["bb", "a", "ccc"], key=Multiplier(-1)))

class Accumulate:
    def __call__(self, *args, sep="+", **kwargs):
        return sep.join(map(str, args)) + (f" {kwargs}" if kwargs else "")

acc = Accumulate()
print(acc(1, 2, 3), acc("a", "b", sep="-"), acc(x=1))
try:
    Multiplier(2)()
except TypeError as e:
    print("TypeError:", e)
try:
    RunningAverage()(1)(2)
except TypeError as e:
    print("TypeError:", e)
