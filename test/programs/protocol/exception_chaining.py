# raise ... from, implicit chaining (__context__) and suppressing it with from None.
class StorageError(Exception):
    pass

def load(key):
    data = {"a": "1", "b": "x"}
    try:
        return int(data[key])
    except KeyError as e:
        raise StorageError(f"no record {key!r}") from e
    except ValueError:
        raise StorageError(f"corrupt record {key!r}")

def load_quiet(key):
    try:
        return load(key)
    except StorageError:
        raise LookupError(key) from None

for key in ("a", "b", "c"):
    try:
        print(load(key))
    except StorageError as e:
        cause, ctx = e.__cause__, e.__context__
        print(e, "| cause:", type(cause).__name__ if cause else None,
              "| context:", type(ctx).__name__, "| suppress:", e.__suppress_context__)
try:
    load_quiet("c")
except LookupError as e:
    print(repr(e), e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
