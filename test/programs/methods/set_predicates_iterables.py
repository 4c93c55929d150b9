# isdisjoint/issubset/issuperset accept any iterable; the operators need sets
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = {1, 2}
show(lambda: s.isdisjoint([3]))
show(lambda: s.isdisjoint({2}))
show(lambda: s.isdisjoint(iter([5, 2])))
show(lambda: s.issubset([1, 2, 3]))
show(lambda: s.issubset(range(2)))
show(lambda: s.issubset("ab"))
show(lambda: s.issuperset([1]))
show(lambda: s.issuperset(iter([1, 5])))
show(lambda: s.issuperset(x for x in [1, 2]))
show(lambda: frozenset([1]).isdisjoint([]))
show(lambda: s <= [1, 2])
show(lambda: s < {1, 2, 3})
show(lambda: s >= frozenset([1]))
show(lambda: s == frozenset([1, 2]))
show(lambda: s.issubset(1))
show(lambda: s.isdisjoint())
show(lambda: {1}.add([]))
show(lambda: {1}.remove(2))
show(lambda: {1}.discard([]))
show(lambda: set().pop())
show(lambda: {1, 2}.__contains__([]))
