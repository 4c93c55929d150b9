# round() of floats and float.__round__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in (2.5, 3.5, -0.5, 0.5, 1.5, -1.5, 2.675, 1e300, 123.456):
    print(x, round(x), round(x, 2), round(x, -1), round(x, 0))
show(lambda: round(1.5, None))
show(lambda: type(round(1.5)))
show(lambda: type(round(1.5, 0)))
show(lambda: round(float("inf")))
show(lambda: round(float("nan")))
show(lambda: round(float("inf"), 2))
show(lambda: round(float("nan"), 2))
show(lambda: round(1.5, 400))
show(lambda: round(1.5, -400))
show(lambda: round(-1.5, -400))
show(lambda: round(1e300, -300))
show(lambda: (2.7).__round__())
show(lambda: (2.7).__round__(1))
show(lambda: (2.7).__round__("x"))
