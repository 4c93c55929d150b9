# random.shuffle, sample and choices after seeding: a card-dealing example.
import random

random.seed(12345)
suits = "SHDC"
ranks = "A23456789TJQK"
deck = [r + s for s in suits for r in ranks]
random.shuffle(deck)
print(deck[:10])
hands = [deck[i::4][:5] for i in range(4)]
for n, hand in enumerate(hands, 1):
    print("player", n, sorted(hand))
print(random.sample(range(100), 5))
print(random.sample("abcdefgh", 3), random.sample([1, 2, 3], 3))
print(random.choices("xyz", k=6))
print(random.choices(["win", "lose"], weights=[1, 9], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=5))
nums = list(range(10))
random.shuffle(nums)
print(nums)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
