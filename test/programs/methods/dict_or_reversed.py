# dict | and |=, reversed over dicts and their views, fromkeys, the views' mapping
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

d = {1: "a", 2: "b"}
show(lambda: d | {3: "c", 1: "z"})
show(lambda: {3: "c"} | d)
show(lambda: d | [(3, 4)])
show(lambda: d.__or__([(3, 4)]))
show(lambda: d.__ror__({5: 6}))
e = dict(d)
e |= [(3, "c")]
e |= {1: "z"}
print(e)
show(lambda: list(reversed(d)))
show(lambda: list(reversed(d.keys())))
show(lambda: list(reversed(d.values())))
show(lambda: list(reversed(d.items())))
show(lambda: type(reversed(d)).__name__)
show(lambda: dict.fromkeys("ab"))
show(lambda: dict.fromkeys(range(3), 0))
show(lambda: dict.fromkeys())
show(lambda: d.keys().mapping)
show(lambda: d.items().mapping[2])
show(lambda: d.values().mapping == d)
show(lambda: type(d.keys().mapping).__name__)
m = d.keys().mapping
d[7] = "new"
print(len(m), 7 in m)
