# A bank simulation: accounts, transfers, interest, overdraft errors and a statement.
class InsufficientFunds(Exception):
    pass

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.number = Account.next_number
        Account.next_number += 1
        self._balance = balance
        self.history = [("open", balance)]

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(f"{self.owner} has {self._balance}, needs {amount}")
        self._balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"<{type(self).__name__} {self.number} {self.owner}: {self._balance}>"

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        self.deposit(interest)
        return interest

def transfer(accounts, src, dst, amount):
    try:
        accounts[src].withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    accounts[dst].deposit(amount)
    return True

alice, bob = Account("alice", 100), SavingsAccount("bob", 500, rate=0.05)
accounts = {a.number: a for a in (alice, bob)}
print(transfer(accounts, 1000, 1001, 60), transfer(accounts, 1000, 1001, 60))
print(bob.add_interest(), alice, bob)
for kind, amount in bob.history:
    print(f"  {kind:<9}{amount:>8.2f}")
print(sum(a.balance for a in accounts.values()), alice.history)
