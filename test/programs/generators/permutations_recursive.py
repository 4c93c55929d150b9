# Recursive generators: permutations, combinations and subsets without itertools.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, first in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [first] + rest

def combinations(items, k):
    if k == 0:
        yield []
        return
    for i in range(len(items)):
        for tail in combinations(items[i + 1:], k - 1):
            yield [items[i]] + tail

def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s

print(["".join(p) for p in permutations("abc")])
print(list(combinations([1, 2, 3, 4], 2)))
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
print(sum(1 for _ in permutations(list(range(5)))))
def hanoi(n, src="A", dst="C", via="B"):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (src, dst)
        yield from hanoi(n - 1, via, dst, src)
print(list(hanoi(3)))
