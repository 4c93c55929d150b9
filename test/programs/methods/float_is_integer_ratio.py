# float.is_integer, float.as_integer_ratio and friends
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for x in (1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 5e-324, float("inf"), float("nan")):
    show(lambda: x.is_integer())
for x in (0.5, -0.1, 1e300, 0.0, 3.0, 5e-324, 2.5e-5):
    show(lambda: x.as_integer_ratio())
show(lambda: float("inf").as_integer_ratio())
show(lambda: float("nan").as_integer_ratio())
show(lambda: (2.5).conjugate())
show(lambda: ((2.5).real, (2.5).imag))
show(lambda: (2.5).__getnewargs__())
show(lambda: ((2.7).__trunc__(), (2.7).__floor__(), (-2.7).__ceil__(), (-2.7).__floor__()))
show(lambda: float("inf").__floor__())
show(lambda: float("nan").__trunc__())
show(lambda: float("-inf").__ceil__())
show(lambda: float.__getformat__("double"))
show(lambda: float.__getformat__("float"))
show(lambda: float.__getformat__("x"))
show(lambda: (1e22).__trunc__())
