# Diamond inheritance: C3 linearization and cooperative super() calls.
class Base:
    def greet(self):
        return ["Base"]

class Left(Base):
    def greet(self):
        return ["Left"] + super().greet()

class Right(Base):
    def greet(self):
        return ["Right"] + super().greet()

class Bottom(Left, Right):
    def greet(self):
        return ["Bottom"] + super().greet()

print([c.__name__ for c in Bottom.__mro__])
print(Bottom().greet())
print([c.__name__ for c in Bottom.mro()])
print(Left.__bases__[0].__name__, [b.__name__ for b in Bottom.__bases__])
print(issubclass(Bottom, Base), issubclass(Base, Bottom))
print(isinstance(Bottom(), Right), isinstance(Left(), Right))
