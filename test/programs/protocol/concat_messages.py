# A sequence's own TypeError when neither operand's number dunders handle + (the
# concatenation runs last, so it may name the other operand's type itself).
class AddOnly:
    def __add__(self, other):
        return "AddOnly.__add__"
class Declines:
    def __radd__(self, other):
        return NotImplemented
for f in [lambda: [1] + AddOnly(), lambda: (1,) + Declines(), lambda: "s" + Declines(), lambda: b"b" + AddOnly()]:
    try:
        f()
    except TypeError as e:
        print(e)
print(AddOnly() + [1])
