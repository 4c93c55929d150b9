# round() of ints: banker's rounding to a power of ten
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for n in (1234, 1250, 1350, -1250, -1350, 15, 25, 35, 5, 0, 2 ** 70 + 5 * 10 ** 5):
    print(n, round(n, -1), round(n, -2), round(n, -3), round(n, 2), round(n, 0), round(n))
show(lambda: (1234).__round__())
show(lambda: (1234).__round__(None))
show(lambda: (1234).__round__(-100))
show(lambda: (1234).__round__(1.5))
show(lambda: round(1234, "x"))
show(lambda: type(round(True, 1)))
show(lambda: round(True, -1))
show(lambda: round(12345, -400))
