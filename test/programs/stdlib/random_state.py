import random
r = random.Random(99)
state = r.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[2])
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)])
r.gauss(); saved = r.getstate(); g1 = r.gauss(); r.setstate(saved); print(g1 == r.gauss())
random.seed(5); s = random.getstate(); a = random.randrange(10 ** 30); random.setstate(s); print(a == random.randrange(10 ** 30), a)
class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom(1)
print(m.random(), m.uniform(0, 10), m.randrange(1000) < 1000, isinstance(m, random.Random))
try:
    r.setstate((9, (), None))
except ValueError as e:
    print("ValueError:", e)
print(random.Random.__mro__[1].__name__, random.Random.VERSION)
