# zip stops at the shortest input; strict=True complains about unequal lengths.
print(list(zip("abc", [1, 2, 3])))
print(list(zip("abcd", range(2))), list(zip()), list(zip([])))
print(list(zip("ab", "cd", "ef")))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(dict(zip(["k1", "k2"], [10, 20])))
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, "end"))
print(list(zip("ab", "xy", strict=True)))
for args in (("abc", "xy"), ("ab", "xyz"), ("ab", "xy", "z")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
