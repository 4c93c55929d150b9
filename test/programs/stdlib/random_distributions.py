import random
r = random.Random(2024)
print(r.gauss(), r.gauss(), r.gauss(10, 2))
print(r.normalvariate(), r.normalvariate(5, 0.5))
print(r.expovariate(1.5), r.expovariate(0.1))
# exp() and ** may differ from glibc in the last bit (docs/language.md): rounded.
print(round(r.lognormvariate(0, 0.25), 12))
print(r.betavariate(2, 5), r.betavariate(0.5, 0.5))
print(round(r.gammavariate(0.5, 1), 12), r.gammavariate(1.0, 2), r.gammavariate(3, 2))
print(r.paretovariate(2.5), r.weibullvariate(1, 1.5), r.vonmisesvariate(0, 4), r.vonmisesvariate(1, 0))
print(round(sum(r.random() for _ in range(1000)) / 1000, 2))
try:
    r.gammavariate(-1, 1)
except ValueError as e:
    print("ValueError:", e)
