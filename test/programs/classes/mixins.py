# Mixin classes adding behaviour through multiple inheritance.
class JsonishMixin:
    def to_text(self):
        parts = [f'"{k}": {v!r}' for k, v in sorted(vars(self).items())]
        return "{" + ", ".join(parts) + "}"

class CompareMixin:
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()

class GreetMixin:
    def greet(self):
        return f"Hello from {type(self).__name__}"

class Person(JsonishMixin, CompareMixin, GreetMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

people = [Person("Zed", 30), Person("Amy", 25), Person("Amy", 20)]
print(people[0].to_text())
print(people[1] == Person("Amy", 25), people[1] == people[2])
print([p.to_text() for p in sorted(people)])
print(people[0].greet())
print([c.__name__ for c in Person.__mro__])
print(Person.__hash__ is None)
