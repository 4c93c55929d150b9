# index and count, with start/stop and equality across types.
a = [1, 2, 3, 2, 1, 2.0, True]
print(a.index(2), a.index(2, 2), a.index(1, 1), a.index(3, -5, -3), a.count(2), a.count(1), a.count("2"))
print(["a", [1], (2,)].index([1]), [[1], [1]].count([1]), [None, None].count(None))
try:
    a.index(2, 6)
except ValueError as e:
    print("ValueError:", e)
try:
    a.index("x")
except ValueError as e:
    print("ValueError:", e)
