# __exit__ returning True suppresses the exception; it sees type, value and traceback.
class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit got:", exc_type.__name__ if exc_type else None,
              repr(exc), tb is not None)
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught = exc
            return True
        return None

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("after first block, caught:", repr(s.caught))

with Suppress(ZeroDivisionError):
    print("no error here")

try:
    with Suppress(KeyError):
        int("nope")
except ValueError as e:
    print("ValueError escaped:", e)

for i in range(3):
    with Suppress(ZeroDivisionError):
        print(i, 10 / (i - 1))
