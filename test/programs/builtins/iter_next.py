# iter() and next() over builtin iterables; iterators are their own iterators.
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"))
s = iter("ab")
print(iter(s) is s, list(s), list(s))
d = iter({"a": 1, "b": 2})
print(list(d))
r = iter(range(3))
print(next(r), list(r))
t = iter((1,))
print(next(t), next(t, None))
items = iter({"x": 1}.items())
print(next(items))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
lst = [1, 2, 3]
it2 = iter(lst)
next(it2)
lst.append(4)
print(list(it2))
