# != without __ne__ inverts the truth of __eq__'s result, whatever object that is;
# NotImplemented falls back to identity.
class Eq:
    def __init__(self, result):
        self.result = result

    def __eq__(self, other):
        return self.result

class Falsy:
    def __bool__(self):
        return False

for result in (True, False, 1, 0, [1], [], "yes", "", None, Falsy()):
    print(repr(result) if not isinstance(result, Falsy) else "Falsy()", Eq(result) != 1)

class Undecided:
    def __eq__(self, other):
        return NotImplemented

u = Undecided()
print(u != u, u != Undecided())

class BadBool:
    def __bool__(self):
        raise ValueError("no truth")

try:
    Eq(BadBool()) != 1
except ValueError as e:
    print("ValueError", e)
