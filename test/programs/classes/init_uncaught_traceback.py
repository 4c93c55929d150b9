# An exception raised in __init__ shows the caller's line and __init__'s in the traceback.
class Account:
    def __init__(self, balance):
        if balance < 0:
            raise ValueError("negative balance: " + str(balance))
        self.balance = balance


def open_accounts():
    return [Account(10), Account(-5)]


print(len(open_accounts()))
