# str.maketrans in its three forms, and translate
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: str.maketrans("ab", "xy"))
show(lambda: str.maketrans("ab", "xyz"))
show(lambda: str.maketrans({"a": 1, 98: "c", "d": None}))
show(lambda: str.maketrans({"ab": 1}))
show(lambda: str.maketrans({1.5: 1}))
show(lambda: str.maketrans("ab", "xy", "c"))
show(lambda: str.maketrans(1))
show(lambda: str.maketrans("a", 1))
show(lambda: "abcabc".translate(str.maketrans("ab", "xy", "c")))
show(lambda: "abc".translate({97: None, 98: "zz"}))
show(lambda: "abc".translate({97: 300000000}))
show(lambda: "abc".translate({97: 1.5}))
show(lambda: "abc".translate([None, "x"] * 60))
show(lambda: "héllo".translate({233: "e"}))
show(lambda: "abc".translate())
