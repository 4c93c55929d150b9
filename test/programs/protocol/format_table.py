# __format__ on instances inside a formatted table with alignment specs.
class Cell:
    def __init__(self, value, unit=""):
        self.value = value
        self.unit = unit

    def __format__(self, spec):
        text = f"{self.value:,}{self.unit}" if isinstance(self.value, int) else f"{self.value:.2f}{self.unit}"
        return format(text, spec)

rows = [
    ("Widget", Cell(1200), Cell(3.5, "kg")),
    ("Gadget", Cell(87), Cell(0.25, "kg")),
    ("Doohickey", Cell(1234567), Cell(12.0, "kg")),
]
print(f"{'name':<10}|{'count':>10}|{'weight':>9}")
print("-" * 31)
for name, count, weight in rows:
    print(f"{name:<10}|{count:>10}|{weight:>9}")
print(f"{Cell(5):^7}|", format(Cell(2.5, "m"), "<8") + "|")
print("{:>12}".format(Cell(1000000)))
