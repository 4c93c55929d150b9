# collections.Counter: counting, most_common, arithmetic and updates.
from collections import Counter

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], len(c), c.total())
print(sorted(c.elements())[:6])
words = "the cat sat on the mat the end".split()
wc = Counter(words)
print(wc.most_common(2), sorted(wc.items()))
wc.update(["cat", "cat", "dog"])
wc.subtract({"the": 2})
print(wc["cat"], wc["the"], wc["dog"])
a = Counter(apples=3, pears=1)
b = Counter(apples=1, pears=4, kiwis=2)
print(sorted((a + b).items()), sorted((a - b).items()))
print(sorted((a | b).items()), sorted((a & b).items()))
neg = Counter(x=-2, y=0, z=3)
print(sorted((+neg).items()), sorted((-neg).items()))
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
inventory = Counter({"sword": 1, "potion": 5})
inventory["potion"] -= 2
del inventory["sword"]
print(inventory, dict(inventory))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(), Counter().most_common(1))
