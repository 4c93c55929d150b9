# len of every builtin container.
print(len(""), len("hello"), len("héllo"), len("😀"), len(b"\x00\x01"))
print(len([]), len([1, [2, 3]]), len(()), len((1,)), len({}), len({"a": 1, "b": 2}))
print(len(set()), len({1, 2, 2, 3}), len(frozenset("aab")), len(range(10)), len(range(0, 10, 3)))
print(len(range(10, 0)), len(range(10, 0, -3)), len({"a": 1}.keys()), len({"a": 1}.items()))
print(len(bytearray(5)), len([None] * 7), len("a" * 1000))
for bad in (5, 2.0, None, len):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
