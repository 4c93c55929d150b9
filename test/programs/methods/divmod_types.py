# divmod for ints, bools, floats and big ints; refusals
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (True, 2), (7, True)]:
    show(lambda: divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7, 2.5), (-7, 2.5), (1e300, 1e-300), (0.5, -0.25)]:
    show(lambda: divmod(a, b))
show(lambda: divmod(2 ** 100, 3))
show(lambda: divmod(-2 ** 100, 7))
show(lambda: divmod(2 ** 100, -2 ** 50 - 1))
show(lambda: divmod(7, 0))
show(lambda: divmod(7.5, 0.0))
show(lambda: divmod(7, 0.0))
show(lambda: divmod("a", 1))
show(lambda: divmod(1, "a"))
show(lambda: divmod(1))
show(lambda: (7).__divmod__(2))
show(lambda: (7).__rdivmod__(2))
show(lambda: (7).__divmod__(2.0))
show(lambda: (7.0).__rdivmod__(2))
