# Method overriding, extending the parent's method, and template methods.
class Report:
    def header(self):
        return "REPORT"

    def body(self):
        return ["(empty)"]

    def footer(self):
        return "-- end --"

    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])

class SalesReport(Report):
    def __init__(self, sales):
        self.sales = sales

    def header(self):
        return super().header() + ": SALES"

    def body(self):
        return [f"{item:<8}{amount:>6}" for item, amount in self.sales]

class TotalledSales(SalesReport):
    def body(self):
        lines = super().body()
        total = sum(a for _, a in self.sales)
        return lines + [f"{'total':<8}{total:>6}"]

print(Report().render())
print(SalesReport([("apples", 12), ("pears", 7)]).render())
print(TotalledSales([("kiwis", 3), ("plums", 40)]).render())
