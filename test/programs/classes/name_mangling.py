# Private name mangling with double underscores.
class Base:
    def __init__(self):
        self.__secret = "base secret"
        self._protected = "protected"

    def reveal(self):
        return self.__secret

    def __hidden(self):
        return "Base.__hidden"

    def call_hidden(self):
        return self.__hidden()

class Child(Base):
    def __init__(self):
        super().__init__()
        self.__secret = "child secret"

    def child_reveal(self):
        return self.__secret

    def __hidden(self):
        return "Child.__hidden"

c = Child()
print(c.reveal(), "|", c.child_reveal())
print(sorted(vars(c)))
print(c._Base__secret, c._Child__secret)
print(c.call_hidden(), c._Child__hidden())
try:
    c.__secret
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Child, "_Base__hidden"), hasattr(Child, "__hidden"))
class _Under:
    def __m(self):
        return "mangled in _Under"
print([n for n in dir(_Under) if "__m" in n])
