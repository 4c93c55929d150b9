# Calls of method descriptors: through an instance (LOAD_METHOD), through the class, on
# subclass instances, with the wrong self, without self, with keywords, and raising.
words = []
for w in ["a", "b", "c"]:
    words.append(w)
print(words)
counts = {}
for w in "abcab":
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))

list.append(words, "d")
print(words, str.upper("abc"), dict.get({1: 2}, 1), dict.get({}, 1, "dflt"))


class L(list):
    def extend(self, other):
        print("L.extend", other)


ell = L()
ell.append(1)
list.append(ell, 2)
ell.extend([3])
list.extend(ell, [4])
print(ell, type(ell).__name__)

for call in (
    lambda: list.append(),
    lambda: list.append((1, 2), 3),
    lambda: str.upper(b"x"),
    lambda: dict.get({}, 1, default=2),
    lambda: words.append(),
    lambda: words.append(1, 2),
    lambda: words.index("zz"),
    lambda: {}.pop("k"),
    lambda: sorted.__call__([2, 1], key=None, reverse=True),
):
    try:
        print("->", call())
    except Exception as e:
        print(type(e).__name__, e)

print(sorted([3, 1, 2], key=int.__neg__), "".join(map(str.lower, "ABC")))
print(list(map(list.pop, [[1, 2], [3]])), words.pop(), words)


def deep(n):
    return words.count(n) + (deep(n - 1) if n else 0)


try:
    deep(10000)
except RecursionError as e:
    print("RecursionError")  # the message names where the limit was met
print(deep(10), words.count("a"))
