# Exception subclasses: attributes, str/repr, hierarchy, chaining and the uncaught traceback.
import sys

class AppError(Exception):
    """Base of the app's errors."""
class NotFound(AppError, KeyError):
    pass
class Invalid(AppError, ValueError):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
    def __str__(self):
        return f"{self.field}: {self.args[1]}"

e = NotFound("key")
print(repr(e), str(e), e.args, NotFound.__mro__[1:3], sys.getsizeof(AppError()))
try:
    raise Invalid("age", "must be positive")
except ValueError as err:
    print(type(err).__name__, err, repr(err), err.field, isinstance(err, AppError))
try:
    try:
        {}["x"]
    except KeyError as inner:
        raise NotFound("x") from inner
except AppError as outer:
    print(type(outer.__cause__).__name__, outer.__context__ is outer.__cause__)
err = AppError("a", 1)
err.extra = "more"
print(err, err.__dict__, AppError.__doc__, AppError.__module__)
class Quiet(Exception):
    def __init__(self):
        pass
print(repr(Quiet()), Quiet().args)

def fail(n):
    if n == 0:
        raise Invalid("depth", "reached zero")
    fail(n - 1)

try:
    fail(2)
except Invalid as err:
    print("caught", err)
fail(1)
