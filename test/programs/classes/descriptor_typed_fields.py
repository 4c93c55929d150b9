# Reusable validating descriptors, the way an ORM declares typed fields.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        owner.fields = getattr(owner, "fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} expects {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value

class Product:
    name = Field(str, "")
    price = Field(float, 0.0)
    qty = Field(int, 0)

    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"Product({args})"

print(Product.fields)
p = Product(name="pen", price=1.5)
print(p)
p.qty = 3
print(p, p.price * p.qty)
for field, value in (("qty", 2.5), ("name", 7)):
    try:
        setattr(p, field, value)
    except TypeError as e:
        print("TypeError:", e)
print(Product.price.kind.__name__, Product.qty.default)
