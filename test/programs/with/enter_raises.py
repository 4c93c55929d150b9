# An exception in __enter__ means the body and __exit__ of that manager do not run.
class Opener:
    def __init__(self, name, fail=False):
        self.name = name
        self.fail = fail

    def __enter__(self):
        print("enter", self.name)
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        return self

    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

try:
    with Opener("a"), Opener("b", fail=True), Opener("c"):
        print("body")
except OSError as e:
    print("OSError:", e)

class NoEnter:
    def __exit__(self, *exc):
        pass

class NoExit:
    def __enter__(self):
        return self

for obj in (NoEnter(), NoExit(), 42):
    try:
        with obj:
            print("never")
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
