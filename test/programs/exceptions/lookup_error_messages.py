# KeyError and IndexError messages from the builtin containers.
def show(f):
    try:
        f()
    except LookupError as e:
        print(f"{type(e).__name__}: {e}  args={e.args!r}")

show(lambda: {}["missing"])
show(lambda: {"a": 1}[("tuple", 1)])
show(lambda: {}[0])
show(lambda: {}[""])
show(lambda: [1, 2][5])
show(lambda: [][-1])
show(lambda: (1,)[3])
show(lambda: "abc"[10])
show(lambda: range(3)[3])
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: b"x"[1])
