# * and ** unpacking in calls, several at once.
def f(*args, **kwargs):
    return args, kwargs

print(f(*[1, 2], *(3,), 4, *range(5, 7)))
print(f(**{"a": 1}, b=2, **{"c": 3}))
print(f(*"hi", *{}, **{}))
def point(x, y, z=0):
    return x * 100 + y * 10 + z
coords = (1, 2)
print(point(*coords), point(*coords, 3), point(*coords, **{"z": 9}))
print(point(**{"y": 1, "x": 2}))
args = [3, 1, 2]
print(sorted(args), min(*args), list(zip(*[[1, 2], [3, 4], [5, 6]])))
nested = [[1, 2], [3, 4]]
print(*nested, sep=" & ")
print(*[x * 2 for x in range(3)])
