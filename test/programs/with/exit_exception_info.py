# What __exit__ receives, and what happens when __exit__ itself raises or replaces the error.
class Inspect:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("clean exit")
        else:
            print("exit with", exc_type.__name__, exc.args, type(tb).__name__, tb.tb_lineno)
        return False

class Translate:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is KeyError:
            raise LookupError(f"translated {exc}") from exc
        return False

with Inspect():
    pass
try:
    with Inspect():
        raise RuntimeError("bad", 42)
except RuntimeError as e:
    print("propagated:", e.args)
try:
    with Translate():
        {}["key"]
except LookupError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__))
try:
    with Translate():
        [][1]
except IndexError as e:
    print("IndexError passed through:", e)
