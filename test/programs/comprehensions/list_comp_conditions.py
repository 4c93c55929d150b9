# Comprehensions with one or more if clauses and conditional expressions.
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(50) if x % 2 if x % 5 == 0])
print([x if x % 2 else -x for x in range(8)])
print([w for w in "the quick brown fox jumps".split() if len(w) > 3 and "o" in w])
print([c for c in "a1b2c3" if c.isdigit()])
data = [4, None, 0, "", 7, [], [0]]
print([d for d in data if d])
print([d for d in data if d is not None])
primes = [n for n in range(2, 40) if all([n % d for d in range(2, n)])]
print(primes)
