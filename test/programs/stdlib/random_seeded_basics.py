# random with a fixed seed: the Mersenne Twister sequence must match CPython exactly.
import random

random.seed(12345)
print(random.random())
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(10, 20), random.randrange(0, 100, 5))
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.getrandbits(32), random.getrandbits(100))
random.seed(12345)
print(random.random())
random.seed(2 ** 80 + 7)
print(random.randint(0, 10 ** 12))
state = random.getstate()
first = [random.random() for _ in range(2)]
random.setstate(state)
print(first == [random.random() for _ in range(2)])
