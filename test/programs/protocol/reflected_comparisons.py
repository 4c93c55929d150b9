# Comparison reflection: a < b falls back to b > a; __ne__ is derived from __eq__.
class Meters:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"Meters.__lt__({self.v}, {other!r})")
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented
    def __gt__(self, other):
        print(f"Meters.__gt__({self.v}, {other!r})")
        if isinstance(other, (int, float)):
            return self.v > other
        return NotImplemented
    def __eq__(self, other):
        print(f"Meters.__eq__({self.v}, {other!r})")
        return isinstance(other, Meters) and self.v == other.v
    def __repr__(self):
        return f"M{self.v}"

m = Meters(5)
print(m < 10)
print(3 < m)
print(10 > m)
print(m != Meters(5))
print(m != Meters(6))
print(1 == m)
print(sorted([Meters(3), Meters(1)], key=lambda x: x.v))
print(min(4, Meters(2)) )
