import functools
def deco(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        "inner doc"
        return fn(*a, **k)
    return inner
@deco
def hello(name):
    "Say hello."
    return "hi " + name
print(hello("bob"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
def plain(): pass
plain.extra = 1
w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.extra, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS)
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) >= V(2), V(3) > V(2), V(2) <= V(2), V.__gt__.__name__)
try:
    functools.total_ordering(type('E', (), {}))
except ValueError as e:
    print("ValueError:", e)
print(sorted([5, 2, 9, 1], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))
class C:
    @functools.cached_property
    def val(self):
        print("computing val")
        return 42
c = C(); print(c.val, c.val, c.__dict__)
@functools.singledispatch
def show(x):
    return "object"
@show.register(int)
def _(x):
    return "int"
@show.register(list)
def _(x):
    return "list"
print(show(1), show([1]), show("s"), show(True), show.dispatch(bool).__name__)
