# An exception raised while handling another records it as __context__.
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally context:", repr(e.__context__))
e1 = None
try:
    raise ValueError("plain")
except ValueError as e:
    e1 = e
print(e1.__context__, e1.__cause__)
try:
    try:
        raise OSError("a")
    except OSError:
        try:
            raise ValueError("b")
        except ValueError:
            raise TypeError("c")
except TypeError as e:
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e})")
        e = e.__context__
    print(" <- ".join(chain))
