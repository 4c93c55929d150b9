# Metaclass methods and attributes are visible on classes but not on instances.
class Meta(type):
    greeting = "hi from Meta"

    def describe(cls):
        return f"class {cls.__name__} with {len(cls.__dict__)} entries"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    def __len__(cls):
        return 42

    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"

class Thing(metaclass=Meta):
    x = 1

print(Thing.greeting)
print(Thing.describe().startswith("class Thing"))
print(Thing.upper_name, len(Thing), repr(Thing))
t = Thing()
for name in ("greeting", "describe", "upper_name"):
    print(name, hasattr(t, name))
print(type(Thing).__name__, type(type(Thing)).__name__)
class Sub(Thing):
    pass
print(repr(Sub), type(Sub) is Meta, Sub.describe().split()[:2])
