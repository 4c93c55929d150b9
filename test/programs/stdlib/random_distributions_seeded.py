# random.uniform, gauss, normalvariate, expovariate, triangular with a seed.
import random

random.seed(12345)
print([round(random.uniform(1, 10), 6) for _ in range(3)])
print(random.uniform(5, 5))
print([random.gauss(0, 1) for _ in range(4)])
print(random.gauss(100, 15))
print(random.normalvariate(0, 1))
print(random.expovariate(1.5))
print(random.triangular(0, 10, 3))
print(random.betavariate(2, 5))
random.seed(99)
samples = [random.gauss(50, 10) for _ in range(1000)]
mean = sum(samples) / len(samples)
print(round(mean, 4), round(min(samples), 4), round(max(samples), 4))
r = random.Random(7)
print(r.random(), r.randint(1, 100), r.choice("xyz"))
print(random.Random(7).random() == random.Random(7).random())
