# **kwargs collects extra keyword arguments into a dict, in call order.
def record(**fields):
    print(type(fields).__name__, fields)
    return len(fields)

print(record())
print(record(z=1, a=2, m=3))
opts = {"color": "red", "size": 2}
print(record(**opts, extra=True))
def f(a, **kw):
    kw["added"] = a
    return kw
print(f(1, b=2), opts)
def merge(**kw):
    return kw
print(merge(**{"x": 1}, **{"y": 2}), merge(**dict(a=1), b=2))
try:
    merge(**{"x": 1}, x=2)
except TypeError as e:
    print("TypeError:", e)
