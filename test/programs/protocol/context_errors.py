# with: a truthy non-bool __exit__ result, missing __enter__/__exit__, __exit__ raising.
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return [1]
with Truthy():
    raise RuntimeError("suppressed by a truthy list")
print("suppressed")

class NoExit:
    def __enter__(self):
        return 1
class NoEnter:
    def __exit__(self, *a):
        pass
for m in [NoExit(), NoEnter(), 5]:
    try:
        with m:
            pass
    except TypeError as e:
        print(e)
class ExitRaises:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        raise OSError("from exit")
try:
    with ExitRaises():
        raise ValueError("inner")
except OSError as e:
    print(repr(e), repr(e.__context__))
