# replace, find, count, rfind and partition on random strs of every kind, and replacements
# of more matches than the first pass records (65,536).
import random
random.seed(5)
ok = 0
for trial in range(400):
    alpha = random.choice(["ab", "abc", "a\u00e9", "ab\u20ac", "a\U0001f600b"])
    s = "".join(random.choice(alpha) for _ in range(random.randrange(0, 40)))
    old = "".join(random.choice(alpha) for _ in range(random.randrange(0, 4)))
    new = "".join(random.choice(alpha + "xyz") for _ in range(random.randrange(0, 4)))
    cnt = random.choice([-1, 0, 1, 2, 5])
    r = s.replace(old, new, cnt)
    print(r, s.find(old), s.count(old), s.rfind(old), s.partition(old)[0] if old else "")
big = "ka lo " * 50000
print(len(big.replace("ka", "KA")), big.replace("ka", "KAA").count("KAA"), big.replace("o", "").count(" "))
print(big.replace("a l", "-", 70000)[-20:], len(big.replace(" ", "", 100000)))
