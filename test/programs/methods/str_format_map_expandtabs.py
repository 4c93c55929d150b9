# str.format_map, expandtabs, zfill
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a{x}b{y!r}".format_map({"x": 1, "y": "z"}))
show(lambda: "a{x}b".format_map({}))
show(lambda: "a{0}b".format_map({}))
show(lambda: "{x[1]}".format_map({"x": [5, 6]}))
show(lambda: "{}".format_map({}))
show(lambda: "a\tbc\td".expandtabs())
show(lambda: "a\tbc\td".expandtabs(3))
show(lambda: "a\tbc\td".expandtabs(tabsize=0))
show(lambda: "ab\r\tc\n\td".expandtabs(4))
show(lambda: "\t".expandtabs(-1))
show(lambda: "x".expandtabs("4"))
for s in ("-42", "+42", "42", "", "-", "abc", "\u0660"):
    show(lambda: (s.zfill(6), s.zfill(1), s.zfill(-1)))
show(lambda: "1".zfill())
