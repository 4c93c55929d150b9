# A metaclass that registers every class it creates.
class RegistryMeta(type):
    classes = {}

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        if bases:
            mcls.classes[name] = cls
        print("created", name, "with", sorted(k for k in namespace if not k.startswith("__")))
        return cls

class Model(metaclass=RegistryMeta):
    pass

class User(Model):
    table = "users"
    def save(self):
        return f"saving to {self.table}"

class Order(Model):
    table = "orders"

print(sorted(RegistryMeta.classes))
print(type(User).__name__, type(Model) is RegistryMeta, isinstance(User, type))
print(RegistryMeta.classes["User"]().save())
print([c.__name__ for c in type(Order).__mro__])
