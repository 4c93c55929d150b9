# set/frozenset methods with several arguments and any iterables
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: sorted({1, 2}.union([3], (4,), range(5, 7))))
show(lambda: {1, 2}.union())
show(lambda: sorted({1, 2, 3}.intersection([1, 2], (2, 3))))
show(lambda: sorted({1, 2, 3}.intersection()))
show(lambda: sorted({1, 2, 3}.difference([1], [2])))
show(lambda: sorted({1, 2, 3}.symmetric_difference([3, 4])))
show(lambda: {1, 2, 3}.symmetric_difference([3], [4]))
show(lambda: frozenset([1, 2]).union([3]))
show(lambda: frozenset([1, 2]).intersection({2}, {2, 3}))
show(lambda: set.union({1}, [2]))
show(lambda: frozenset.union({1}, [2]))
s = {1, 2, 3}
s.difference_update([1], [2])
print(s)
s = {1, 2, 3}
s.intersection_update([1, 2], [2, 9])
print(s)
s = {1, 2, 3}
s.symmetric_difference_update([3, 4])
print(sorted(s))
s = {1}
s.update([4], (5,), range(6, 8))
s.update()
print(sorted(s))
show(lambda: s.symmetric_difference_update([1], [2]))
show(lambda: {1, 2} | [3])
show(lambda: {1, 2}.__ior__([3]))
t = {1, 2}
t -= {1}
print(t)
