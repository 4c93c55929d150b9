import random
random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(100), random.randrange(5, 50, 5), random.randrange(10, 0, -2), random.randrange(1, 2))
print(random.choice('abcdefgh'), random.choice(range(1000)), random.choice([None, True]))
deck = list(range(20)); random.shuffle(deck); print(deck)
print(random.sample(range(100), 7), random.sample('abcdefghij', 4))
print(random.sample(range(100000), 4), random.sample([1, 2, 3], 3))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.choices(['a', 'b', 'c'], k=6))
print(random.choices(['a', 'b', 'c'], weights=[10, 1, 0], k=6))
print(random.choices(range(4), cum_weights=[1, 1, 5, 10], k=6))
print(random.uniform(2.5, 10.0), random.triangular(), random.triangular(0, 10, 8))
for call in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 5),
             lambda: random.randrange(1, 10, 0), lambda: random.sample(range(3), 5),
             lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', [1], k=2),
             lambda: random.choices('ab', 2), lambda: random.randint(5, 1)]:
    try:
        call()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
