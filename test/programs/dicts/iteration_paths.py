# Iterating keys, values and items of combined str and int tables with deleted entries,
# split (instance) dicts, reverse iteration, and the two errors of a dict changed meanwhile.
d = {w: len(w) for w in "alpha beta gamma delta epsilon zeta eta theta".split()}
del d["beta"], d["delta"]
print(list(d), list(d.values()), list(d.items()))
g = {i * 7: str(i) for i in range(12)}
for i in range(0, 84, 21):
    del g[i]
print(list(g.keys()), list(g.values())[:3], list(g.items())[-2:])
print(list(reversed(d)), list(reversed(g.items()))[:2])

class P:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
p = P()
del p.b
print(list(vars(p).items()), list(vars(p).values()))

for what in ("size", "keys"):
    e = {"x": 1, "y": 2, "z": 3}
    try:
        for k, v in e.items():
            if what == "size":
                e["new"] = 0
            elif k == "x":
                del e["x"]          # the same size, one entry more to walk
                e["w"] = 9
    except RuntimeError as err:
        print(what, err)

it = iter({"one": 1}.items())
t1 = next(it)
print(t1, next(it, "done"), next(it, "done"))
pairs = [(k, v) for k, v in {"a": [1], "b": (2,)}.items()]
print(pairs)
held = []
for item in {"k1": 1, "k2": 2}.items():
    held.append(item)       # the result tuple is kept: the next one is new
print(held, held[0] is held[1])
