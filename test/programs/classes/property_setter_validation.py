# Properties with validating setters and deleters.
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"balance must be a number, not {type(value).__name__}")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing account of", self.owner)
        del self._balance

acct = Account("Ann", 100)
print(acct.balance)
acct.balance += 50
print(acct.balance)
for bad in (-5, "lots", None):
    try:
        acct.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(acct.balance)
del acct.balance
print(hasattr(acct, "balance"), sorted(vars(acct)))
try:
    acct.balance
except AttributeError as e:
    print("AttributeError:", e)
try:
    Account("Bob", -1)
except ValueError as e:
    print("ValueError:", e)
