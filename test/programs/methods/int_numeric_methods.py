# int's numeric methods and attributes
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: (255).bit_count())
show(lambda: (-255).bit_count())
show(lambda: (2 ** 100 - 1).bit_count())
show(lambda: (0).bit_length())
show(lambda: (-256).bit_length())
show(lambda: (2 ** 100).bit_length())
show(lambda: (6).as_integer_ratio())
show(lambda: (-6).as_integer_ratio())
show(lambda: True.as_integer_ratio())
show(lambda: (5).conjugate())
show(lambda: ((5).real, (5).imag, (5).numerator, (5).denominator))
show(lambda: (True.real, True.imag, type(True.real), type(True.numerator)))
show(lambda: ((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__()))
show(lambda: (True.__trunc__(), type(True.__floor__()), type(True.__ceil__())))
show(lambda: (7).__getnewargs__())
show(lambda: True.__getnewargs__())
show(lambda: hasattr(1, "is_integer"))
show(lambda: (5).__format__("08b"))
show(lambda: (-5).__abs__())
show(lambda: (2 ** 100).__sizeof__() > (1).__sizeof__())
