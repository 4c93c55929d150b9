# *args collects extra positional arguments into a tuple.
def total(*nums):
    print(type(nums).__name__, nums)
    return sum(nums)

print(total())
print(total(1, 2, 3))
print(total(*range(5)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def mixed(a, b=0, *args, c, **kw):
    return a, b, args, c, kw
print(mixed(1, c=2))
print(mixed(1, 2, 3, 4, c=5, d=6))
print(max(*[3, 9, 2]), print(*[], sep="|"))
