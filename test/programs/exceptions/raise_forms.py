# raise with a class, an instance, a non-exception, and raising inside expressions.
try:
    raise ValueError
except ValueError as e:
    print("class raised ->", repr(e), e.args)
try:
    raise ValueError("instance")
except ValueError as e:
    print(repr(e))
for bad in (42, "text", None, int):
    try:
        raise bad
    except TypeError as e:
        print("TypeError:", e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print("TypeError:", e)
def fail(msg):
    raise RuntimeError(msg)
try:
    value = [1, 2, fail("in a list display")]
except RuntimeError as e:
    print(e)
exc = IndexError("reused")
for i in range(2):
    try:
        raise exc
    except IndexError as e:
        print(i, e is exc)
