# Money with currency checks: reflected operators and NotImplemented fallbacks.
class Money:
    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __repr__(self):
        return f"{self.cents // 100}.{self.cents % 100:02d} {self.currency}"

    def __add__(self, other):
        if isinstance(other, Money):
            if other.currency != self.currency:
                raise ValueError(f"cannot add {other.currency} to {self.currency}")
            return Money(self.cents + other.cents, self.currency)
        if other == 0:
            return self
        return NotImplemented

    def __radd__(self, other):
        print("__radd__ with", repr(other))
        return self.__add__(other)

    def __mul__(self, factor):
        if isinstance(factor, int):
            return Money(self.cents * factor, self.currency)
        return NotImplemented

    def __rmul__(self, factor):
        return self.__mul__(factor)

prices = [Money(250), Money(1999), Money(1)]
print(sum(prices))
print(Money(100) + Money(5), 3 * Money(333), Money(10) * 2)
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: Money(1) * 1.5, lambda: 2.5 * Money(1), lambda: "x" + Money(1)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
