# __prepare__ supplies the class body namespace, here one that records definition order
# and rejects duplicate definitions.
class StrictNamespace(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class StrictMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return StrictNamespace()

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(namespace))
        cls.field_order = namespace.order
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)

class Record(metaclass=StrictMeta, flavour="strict"):
    zeta = 1
    alpha = 2
    def middle(self):
        pass

print(Record.field_order)
try:
    class Oops(metaclass=StrictMeta):
        x = 1
        x = 2
except TypeError as e:
    print("TypeError:", e)
