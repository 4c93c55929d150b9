# partition/rpartition, removeprefix/removesuffix
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "a-b-c".partition("-"))
show(lambda: "a-b-c".rpartition("-"))
show(lambda: "abc".partition("x"))
show(lambda: "abc".rpartition("x"))
show(lambda: "abc".partition(""))
show(lambda: "abc".partition(1))
show(lambda: "aaa".partition("aa"))
show(lambda: "aaa".rpartition("aa"))
show(lambda: "abc".removeprefix("ab"))
show(lambda: "abc".removeprefix("x"))
show(lambda: "abc".removeprefix(""))
show(lambda: "abc".removesuffix("bc"))
show(lambda: "abc".removesuffix("abcd"))
show(lambda: "abc".removeprefix(1))
show(lambda: "abc".removesuffix(prefix="c"))
