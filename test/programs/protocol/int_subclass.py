# int subclasses: a custom repr, a bit-flag type and arithmetic returning plain ints.
class Cents(int):
    def __repr__(self):
        return f"Cents({int(self)})"

    def __str__(self):
        return f"€{self // 100}.{self % 100:02d}"

class Flags(int):
    names = ("READ", "WRITE", "EXEC")

    def __or__(self, other):
        return Flags(int(self) | int(other))

    def __repr__(self):
        set_names = [n for i, n in enumerate(self.names) if self & (1 << i)]
        return "|".join(set_names) or "NONE"

c = Cents(1234)
print(repr(c), str(c), c + 1, type(c + 1).__name__, c * 2, c > 1000)
print([Cents(5), Cents(250)], f"{c}", f"{c:d}", f"{c!r}")
READ, WRITE, EXEC = Flags(1), Flags(2), Flags(4)
rw = READ | WRITE
print(repr(rw), repr(rw | EXEC), repr(Flags(0)), int(rw), rw == 3)
print(type(rw & 1).__name__, bool(rw & EXEC), hash(rw) == hash(3))

class Even(int):
    def __new__(cls, value):
        if value % 2:
            raise ValueError(f"{value} is odd")
        return super().__new__(cls, value)

print(Even(4), isinstance(Even(4), int))
try:
    Even(3)
except ValueError as e:
    print("ValueError:", e)
print(sorted([Cents(300), 5, Cents(2)]))
