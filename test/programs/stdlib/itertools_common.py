# The commonly used itertools functions.
import itertools as it

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.cycle("ab"), 5)))
print(list(it.repeat("x", 3)), list(it.chain([1, 2], "ab", (3,))))
print(list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1], max)))
print(list(it.accumulate([1, 2, 3], lambda a, b: a * b, initial=10)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(str.isdigit, "a1b2")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", [1], fillvalue="-")))
print(list(it.product("ab", repeat=2)), list(it.product([1, 2], "x")))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(4), 3)), list(it.combinations_with_replacement("ab", 2)))
print(list(it.pairwise([1, 4, 9, 16])), list(it.islice("abcdefg", 1, 6, 2)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])
for letter, group in it.groupby(data, key=lambda w: w[0]):
    print(letter, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccdd")])
