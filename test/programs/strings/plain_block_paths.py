# str, range and list.append paths that skip the generic allocator: ASCII concatenation,
# hashes cached as words, str-key dict stores, range objects and their iterators.
import gc
import sys

ka, lo, e_acute, snow = "ka", "lo", "\xe9", "\u2603"
for a, b in [(ka, lo), (ka, e_acute), (e_acute, ka), (ka, snow), (snow, e_acute), ("", ka), (ka, "")]:
    s = a + b
    print(repr(s), len(s), sys.getsizeof(s), s == a + b, s is a or s is b)

# a + b of two one-char strs, a long ASCII result, and a str built from its halves hash alike.
parts = ["x" * 40, "y" * 40]
whole = parts[0] + parts[1]
print(len(whole), whole.count("x"), sys.getsizeof(whole), hash(whole) == hash("x" * 40 + "y" * 40))
for text in ["ab", "a\xe9", "a\u2603", "a\U0001f600", "", "w" * 100]:
    built = "".join(list(text))
    print(repr(text[:6]), hash(built) == hash(text), {text: 1}.get(built), built in {text})

# str-key dict stores: an untracked dict stays untracked for int and str values, not for a list.
d = {}
for w in ["ka", "lo", "ka", "mi"]:
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()), gc.is_tracked(d))
d["ka"] = "text"
print(gc.is_tracked(d))
d["lo"] = 2.5
print(gc.is_tracked(d))
d["mi"] = []
print(gc.is_tracked(d), sorted(d))

# range objects and iterators: small and large bounds, counts of their ints.
big = 2 ** 40
r = range(big, big + 3)
print(sys.getrefcount(r), list(r), r.start == big, sys.getsizeof(r), sys.getsizeof(iter(r)))
n = 7
before = sys.getrefcount(n)
rs = [range(n) for _ in range(5)]
print(sys.getrefcount(n) - before, [len(x) for x in rs])
del rs
print(sys.getrefcount(n) - before)
print([list(range(k)) for k in (-1, 0, 3)], list(range(10 ** 20, 10 ** 20 + 2)))
try:
    class R(range):
        pass
except TypeError as exc:
    print("TypeError:", exc)

# list.append: arguments checked, the item's count taken, None returned.
item = object()
before = sys.getrefcount(item)
items = []
print(items.append(item), sys.getrefcount(item) - before)
for call in (lambda: items.append(), lambda: items.append(1, 2), lambda: items.append(x=1)):
    try:
        call()
    except TypeError as exc:
        print("TypeError:", exc)
del items
print(sys.getrefcount(item) - before)
