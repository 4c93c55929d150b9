# yield from over an iterator class: its values are yielded, and the value of the
# StopIteration its __next__ raises becomes the result of the yield from.
class Countdown:
    def __init__(self, n, result):
        self.n = n
        self.result = result

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(self.result)
        self.n -= 1
        return self.n

class Bare(Countdown):
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

def delegate(sub):
    result = yield from sub
    print("result:", repr(result))
    return result

print(list(delegate(Countdown(3, "done"))))
print(list(delegate(Countdown(0, ("a", 1)))))
print(list(delegate(Bare(2, "ignored"))))
print(list(delegate(iter([7, 8]))))
g = delegate(Countdown(2, 42))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

class Faulty(Countdown):
    def __next__(self):
        raise KeyError("inside __next__")

try:
    list(delegate(Faulty(1, None)))
except KeyError as e:
    print("KeyError", e)
