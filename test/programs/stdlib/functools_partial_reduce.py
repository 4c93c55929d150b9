# functools.partial and functools.reduce in practical use.
from functools import partial, reduce

def power(base, exponent):
    return base ** exponent

square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square.func is power, square.args, square.keywords)
print(list(map(partial(int, base=2), ["101", "111", "1000"])))
log = partial(print, "[log]", sep=" | ")
log("started", "ok")
nested = partial(partial(power), 3)
print(nested(3), type(nested).__name__)
print(reduce(lambda acc, x: acc + x, [1, 2, 3, 4]))
print(reduce(lambda acc, x: acc * x, range(1, 6), 1))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(reduce(lambda acc, w: acc + [w.upper()], ["a", "b"], []))
words = ["alpha", "beta", "gamma"]
print(reduce(lambda acc, w: {**acc, w[0]: len(w)}, words, {}))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda a, b: a + b, [], "empty"))

class Greeter:
    def greet(self, greeting, name):
        return f"{greeting}, {name}"
hello = partial(Greeter().greet, "Hello")
print(hello("Ann"))
