# 1, 1.0 and True are the same key; the first key object is kept, the last value wins.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
e = {True: "t", 1: "one", 1.0: "f"}
print(e)
f = {0: "zero", False: "false", 0.0: "float zero", -0.0: "neg"}
print(f)
print({1: "a"}[1.0], {2.0: "b"}[2], {(1, 2): "t"}[(1.0, 2.0)])
nan = float("nan")
g = {nan: 1}
g[nan] = 2
g[float("nan")] = 3
print(len(g), list(g.values()))
