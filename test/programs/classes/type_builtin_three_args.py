# type(name, bases, dict) builds classes dynamically.
def describe(self):
    return f"{type(self).__name__} with legs={self.legs}"

Animal = type("Animal", (), {"legs": 4, "describe": describe, "__doc__": "made by type()"})
Bird = type("Bird", (Animal,), {"legs": 2, "fly": lambda self: "flap"})

print(Animal.__name__, Animal.__qualname__, Animal.__doc__)
print(Animal().describe(), Bird().describe(), Bird().fly())
print([c.__name__ for c in Bird.__mro__])
print(type(Animal) is type, type(Bird()) is Bird)
print(Animal.__module__)
Empty = type("Empty", (), {})
print(Empty.__bases__[0] is object, Empty.__doc__)
try:
    type("Bad", "notatuple", {})
except TypeError as e:
    print("TypeError:", e)
try:
    type("A", (), {}, 1)
except TypeError as e:
    print("TypeError:", e)
print(type(3), type("x"), type(type))
