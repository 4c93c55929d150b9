# __slots__ that include __dict__, and slot/class-attribute conflicts.
class Hybrid:
    __slots__ = ("fixed", "__dict__")

    def __init__(self):
        self.fixed = 1
        self.extra = 2

h = Hybrid()
print(h.fixed, h.extra, h.__dict__)
try:
    class Bad:
        __slots__ = ("value",)
        value = 10
except ValueError as e:
    print("ValueError:", e)
try:
    class Dup:
        __slots__ = ("a", "a")
    print("Dup created", Dup.__slots__)
except TypeError as e:
    print("TypeError:", e)
try:
    class NotIdent:
        __slots__ = ("not valid",)
except TypeError as e:
    print("TypeError:", e)

class StrSlot:
    __slots__ = "only"

s = StrSlot()
s.only = "one string slot"
print(s.only, StrSlot.__slots__)
