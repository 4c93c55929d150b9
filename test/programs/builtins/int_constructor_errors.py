# The ValueError and TypeError messages of int().
def show(*args, **kwargs):
    try:
        print(int(*args, **kwargs))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

show("")
show("1.0")
show("12abc")
show("0x10")
show("1__0")
show("_1")
show("9", 8)
show("10", 1)
show("10", 37)
show(10, 2)
show(None)
show([1])
show(float("inf"))
show(float("nan"))
show("  ")
show("0b2", 0)
show("010", 0)
show(3.5, base=10)
