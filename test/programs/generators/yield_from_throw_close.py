# throw() and close() pass through `yield from` to the subiterator first.
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner finally")
    return "done"
def outer():
    r = yield from inner()
    print("got", r)
    yield "after"
g = outer()
print(next(g))
g.close()
print("closed")
g = outer(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", e)
def inner2():
    try:
        yield 1
    except ValueError:
        return "recovered"
def outer2():
    r = yield from inner2()
    yield r
g = outer2(); next(g); print(g.throw(ValueError))
def outer4():
    try:
        yield from iter([1,2,3])
    except IndexError as e:
        yield "caught " + str(e)
g = outer4(); next(g); print(g.throw(IndexError("x")))
