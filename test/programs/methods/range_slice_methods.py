# range.count/index/attributes and slice.indices
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

r = range(0, 10, 3)
show(lambda: (r.start, r.stop, r.step))
show(lambda: (r.count(6), r.count(5), r.count(6.0), r.count("a")))
show(lambda: r.index(6))
show(lambda: r.index(5))
show(lambda: r.index(6.0))
show(lambda: range(2 ** 70).index(2 ** 69))
show(lambda: range(5)[::-1])
show(lambda: range(5)[10])
show(lambda: range(1.5))
show(lambda: range(1, 2, 0))
show(lambda: slice(1, 10, 2).indices(5))
show(lambda: slice(None, None, -1).indices(5))
show(lambda: slice(-100, 100).indices(5))
show(lambda: slice(1, 10, 0).indices(5))
show(lambda: slice(1, 10).indices(-1))
show(lambda: slice(1.5).indices(5))
show(lambda: slice(2 ** 100, None).indices(2 ** 101))
show(lambda: (slice(3).start, slice(3).stop, slice(1, 2, 3).step))
show(lambda: slice(1, 2) == slice(1, 2))
show(lambda: slice(1, 2) < slice(1, 3))
show(lambda: hash(slice(1, 2)))
