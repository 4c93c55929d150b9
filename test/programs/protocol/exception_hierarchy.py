# A user exception hierarchy caught at different levels.
class ShopError(Exception):
    """Base class for shop errors."""

class OutOfStock(ShopError):
    def __init__(self, item, wanted, available):
        super().__init__(item, wanted, available)
        self.item = item
        self.wanted = wanted
        self.available = available

    def __str__(self):
        return f"only {self.available} of {self.item!r} left, {self.wanted} wanted"

class PaymentDeclined(ShopError):
    pass

class CardExpired(PaymentDeclined):
    pass

def checkout(case):
    if case == 0:
        raise OutOfStock("tea", 5, 2)
    if case == 1:
        raise CardExpired("card ending 4242 expired")
    if case == 2:
        raise PaymentDeclined()
    return "ok"

for case in range(4):
    try:
        print(checkout(case))
    except OutOfStock as e:
        print("OutOfStock:", e, "| args:", e.args, "| short by", e.wanted - e.available)
    except PaymentDeclined as e:
        print(type(e).__name__, repr(str(e)), isinstance(e, ShopError), e.args)
print([c.__name__ for c in CardExpired.__mro__])
print(ShopError.__doc__, repr(OutOfStock("x", 1, 0)))
