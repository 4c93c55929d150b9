# An error raised while a pattern is matched: the traceback points at the pattern.
class Config:
    __match_args__ = ("name",)

    @property
    def name(self):
        return {}["name"]


def describe(value):
    match value:
        case int(n) if n < 0:
            return "negative"
        case Config("main") | Config("backup"):
            return "known config"
    return "other"


print(describe(-1))
print(describe("x"))
print(describe(Config()))
