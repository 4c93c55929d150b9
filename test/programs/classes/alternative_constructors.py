# classmethod alternative constructors parsing different input formats.
class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_iso(cls, text):
        y, m, d = (int(p) for p in text.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_dmy(cls, text, sep="/"):
        d, m, y = map(int, text.split(sep))
        return cls(y, m, d)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"

    def iso(self):
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

class BirthDay(Date):
    pass

dates = [Date.from_iso("2023-07-04"), Date.from_dmy("25/12/1999"),
         Date.from_dmy("1.2.2003", sep="."), BirthDay.from_tuple((1990, 5, 17))]
for d in dates:
    print(repr(d), d.iso())
print(sorted(d.iso() for d in dates))
