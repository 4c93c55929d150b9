# Tuple unpacking patterns over records: star targets, nested targets, swaps, loops.
class Reading:
    def __init__(self, sensor, *values):
        self.sensor = sensor
        self.values = values

    def __iter__(self):
        yield self.sensor
        yield from self.values

readings = [Reading("t1", 20.5, 21.0, 19.8), Reading("t2", 18.2), Reading("h1", 55, 60, 58, 61)]
for name, first, *rest in readings:
    print(name, first, rest)
sensor, *_, last = readings[2]
print(sensor, last)
(a, b), c = ("xy", 3)
print(a, b, c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
pairs = [(1, ("one", "I")), (2, ("two", "II"))]
for n, (word, roman) in pairs:
    print(n, word, roman)
head, *tail = "hello"
print(head, tail, [*range(3), *"ab"], {**{"a": 1}, "b": 2})
try:
    p, q = readings[0]
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = Reading("only")
except ValueError as e:
    print("ValueError:", e)
first, second, *others = sorted(readings, key=lambda r: len(r.values), reverse=True)
print(first.sensor, second.sensor, [o.sensor for o in others])
