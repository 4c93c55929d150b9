# The with statement calls __enter__ and __exit__, also when an exception escapes.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Managed("a") as m, Managed("b"):
    print("body", m.name)
with Managed("swallow"):
    raise KeyError("hidden")
try:
    with Managed("propagate"):
        raise ValueError("visible")
except ValueError as e:
    print("caught", e)
