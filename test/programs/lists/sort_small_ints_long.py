# list.sort and sorted() of long lists of one-digit ints (4,096 items and more): spans of a
# few values up to the whole ±2**30 range, duplicates keeping their order (shown through
# distinct objects and key=), reverse, and the result checked against a merge sort.
import random

rng = random.Random(11)


def merge_sort(xs):
    if len(xs) <= 1:
        return list(xs)
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


for n, lo, hi in [(4095, 0, 10), (4096, 0, 10), (5000, -3, 3), (20000, 0, 100000),
                  (9000, -(2**30) + 1, 2**30), (6000, 2**29, 2**29 + 70000), (4500, -70000, -1)]:
    data = [rng.randrange(lo, hi) for _ in range(n)]
    s = sorted(data)
    print(n, s == merge_sort(data), s[:3], s[-3:], sorted(data, reverse=True)[:3])

# Stability: equal keys keep the items' order, forward and reversed.
items = ["i%d" % k for k in range(8000)]
by_key = sorted(items, key=lambda w: int(w[1:]) * 7919 % 13)
print(by_key[:6], by_key[-3:])
print(sorted(items, key=lambda w: int(w[1:]) % 5, reverse=True)[:6])
objs = [int(str(1000 + k % 3)) for k in range(5000)]
ids = {id(o): k for k, o in enumerate(objs)}
order = [ids[id(o)] for o in sorted(objs)]
print(order[:5], order[1665:1670], all(order[k] < order[k + 1] for k in range(len(order) - 1) if objs[order[k]] == objs[order[k + 1]]))

# Without a key, reversed: equal values that are distinct objects keep their order too.
order_rev = [ids[id(o)] for o in sorted(objs, reverse=True)]
print(order_rev[:5], order_rev[3330:3335], all(order_rev[k] < order_rev[k + 1] for k in range(len(order_rev) - 1) if objs[order_rev[k]] == objs[order_rev[k + 1]]))
# One item that is not a one-digit int anywhere in a long list: the general sort, same result.
for odd in (2**40, 2.5, True):
    data = [rng.randrange(-1000, 1000) for _ in range(5000)]
    data[rng.randrange(5000)] = odd
    s = sorted(data)
    print(repr(odd), s == merge_sort(data), s[:2], s[-2:])
# list.sort() in place keeps the list object and sorts what other names see.
lst = [rng.randrange(0, 50) for _ in range(6000)]
alias = lst
lst.sort(reverse=True)
print(alias is lst, lst[:4], lst[-4:], lst == sorted(lst, reverse=True))
