# Exceptions with extra attributes, default messages and args handling.
class ValidationError(Exception):
    def __init__(self, field, message="invalid value", code=400):
        self.field = field
        self.code = code
        super().__init__(f"{field}: {message}")

class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.total = a + b

errors = []
for field, value in (("age", -3), ("name", ""), ("email", "x@y")):
    try:
        if field == "age" and value < 0:
            raise ValidationError("age", "must be positive")
        if field == "name" and not value:
            raise ValidationError("name", code=422)
        print(field, "is fine")
    except ValidationError as e:
        errors.append(e)
for e in errors:
    print(e.field, e.code, str(e), e.args)
n = NoSuperInit(2, 3)
print(n.total, n.args, repr(str(n)))
e = ValueError("a", 1)
print(str(e), repr(e), e.args)
print(str(KeyError("k")), str(KeyError("k", "l")), repr(Exception()))
e.note = "attached later"
print(e.note)
