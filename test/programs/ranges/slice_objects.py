# slice objects: attributes, indices(), use in subscripts, repr and equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None, None, -1))
print(s.indices(6), slice(None).indices(4), slice(-3, None).indices(10), slice(None, None, -1).indices(5))
data = list(range(12))
print(data[s], "abcdefghij"[s], tuple(range(10))[slice(2, None, 3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(0, 5, 2).indices(100))
data[slice(0, 3)] = ["x"]
print(data)
del data[slice(None, None, 2)]
print(data)
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
