# Starred assignment targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
*everything, = (7, 8)
print(everything)
head, *tail = "x"
print(head, tail, type(tail).__name__)
(a, b), *more = [(1, 2), (3, 4), (5, 6)]
print(a, b, more)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
print([*range(3), *"ab"], (*[1, 2], 3), {*(1, 2), 2})
