# __getattribute__ intercepts every lookup; object.__getattribute__ does the real work.
class Audited:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.log = []

    def __getattribute__(self, name):
        if name != "log":
            object.__getattribute__(self, "log").append(name)
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"<missing {name}>"

    def total(self):
        return self.a + self.b

x = Audited()
print(x.total())
print(x.zzz)
x.secret_key = "k"
print(x.secret_key)
print(x.log)
print(type(x).__name__)
