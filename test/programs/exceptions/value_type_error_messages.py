# Messages of common ValueError and TypeError cases.
five, one_list, text = 5, [1], "abc"
def show(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: int("12a"))
show(lambda: int("1.5"))
show(lambda: int(""))
show(lambda: float("abc"))
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
show(lambda: 1 + "a")
show(lambda: "a" + 1)
show(lambda: [] + ())
show(lambda: None + 1)
show(lambda: 3 - "x")
show(lambda: -"x")
show(lambda: ~1.5)
show(lambda: five[0])
show(lambda: len(5))
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: {{}})
show(lambda: iter(5))
show(lambda: [x for x in None])
show(lambda: "a" < 1)
show(lambda: one_list[1.0])
show(lambda: text["x"])
show(lambda: chr(-1))
show(lambda: range(1, 2, 0))
