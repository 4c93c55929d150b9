# __init_subclass__ enforcing that subclasses define required attributes.
class Command:
    required = ("name", "run")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [attr for attr in cls.required if not hasattr(cls, attr)]
        if missing:
            raise TypeError(f"{cls.__name__} is missing {', '.join(missing)}")

class Hello(Command):
    name = "hello"
    def run(self, who):
        return f"hello {who}"

print(Hello().run("world"))
for body in ({"name": "x"}, {}):
    try:
        type("Incomplete", (Command,), body)
    except TypeError as e:
        print("TypeError:", e)

class Base:
    def __init_subclass__(cls):
        print("Base sees", cls.__name__, "bases", [b.__name__ for b in cls.__bases__])

class Mixin:
    pass

class Child(Mixin, Base):
    pass

class GrandChild(Child):
    pass
