# sum() over a list of one-digit ints (read straight from the list), and every way out of that
# path: bools, big ints, floats, other objects, totals past 2**53, iterators part-consumed.
import sys

print(sum([1, 2, 3]), sum([]), sum([], 5), sum([-7, 0, 7, -(2 ** 30 - 1)]))
print(sum([True, False, True, 3]), sum([i % 10 for i in range(40)]))
print(sum([1, 2, 10 ** 20, 3, -4]), sum([1, 2, 2.5, 3]), sum([1, 2, 3], 0.5))
print(sum([2 ** 29] * 40000), sum([2 ** 30 - 1] * 20, 2 ** 53 - 5 * 2 ** 30), sum([-(2 ** 30 - 1)] * 20, 5 * 2 ** 30 - 2 ** 53))
print(sum([1, 2, 3], 10 ** 30), sum([1, 2, 3], -(2 ** 53)))
print(sum([1, 2, 3, 2 ** 60, -(2 ** 60), 4]))
print(sum([3, 4], start=2 ** 53 - 6), sum([3, 4], start=-(2 ** 53) + 6))


class N(int):
    def __radd__(self, other):
        print("radd", other)
        return 100


print(sum([1, 2, N(3), 4]))
data = [1, 2, 3, 4, 5]
it = iter(data)
next(it)
print(sum(it), list(it))
it = iter(data)
print(sum(it), next(it, "exhausted"))
r0 = sys.getrefcount(data)
it = iter(data)
sum(it)
print(sys.getrefcount(data) - r0)
del it
print(sys.getrefcount(data) - r0)


class L(list):
    pass


print(sum(L([1, 2, 3])), sum((1, 2, 3)), sum(range(10)), sum(x for x in [1, 2, 3]))
try:
    sum([1, 2, "three"])
except TypeError as e:
    print("TypeError:", e)
