# A for loop over a list sees the list as it is at each step: items appended, removed or
# replaced while it runs, and an exhausted iterator stays exhausted when the list grows.
xs = [1, 2, 3]
seen = []
for x in xs:
    seen.append(x)
    if x < 6:
        xs.append(x + 3)
print(seen, xs)

ys = list(range(10))
out = []
for y in ys:
    out.append(y)
    if y % 3 == 0:
        del ys[0]
print(out, ys)

zs = [10, 20, 30, 40]
got = []
for z in zs:
    got.append(z)
    zs[-1] = z + 1
    if z == 20:
        zs.clear()
print(got, zs)

it = iter([7, 8])
print([v for v in it], list(it))
lst = [5]
it2 = iter(lst)
print(next(it2), next(it2, "end"))
lst.append(6)
print(next(it2, "still end"), lst)

class Rows(list):
    def __iter__(self):
        return iter(["custom", *list.__iter__(self)])
print([r for r in Rows([1, 2])], sum(x for x in [2**40, 2**40, -1]))
nested = [[(i, j) for j in row] for i, row in enumerate([[1, 2], [], [3]])]
print(nested, [w for row in nested for w in row])
