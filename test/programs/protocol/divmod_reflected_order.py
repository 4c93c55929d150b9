# divmod() asks the right operand's __rdivmod__ first only when its type is a subclass of the
# left operand's type that overrides __rdivmod__.
class Base:
    def __divmod__(self, other):
        return "Base.__divmod__"

    def __rdivmod__(self, other):
        return "Base.__rdivmod__"

class Inherits(Base):
    pass

class Overrides(Base):
    def __rdivmod__(self, other):
        return "Overrides.__rdivmod__"

class Declines:
    def __divmod__(self, other):
        return NotImplemented

class Answers(Declines):
    def __rdivmod__(self, other):
        return "Answers.__rdivmod__"

print(divmod(Base(), Inherits()))
print(divmod(Base(), Overrides()))
print(divmod(Inherits(), Base()))
print(divmod(7, Base()), divmod(Base(), 7))
print(divmod(Declines(), Answers()))

class MyInt(int):
    pass

class LoudInt(int):
    def __rdivmod__(self, other):
        return ("LoudInt", other)

print(divmod(17, MyInt(5)), type(divmod(17, MyInt(5))[0]).__name__)
print(divmod(17, LoudInt(5)), divmod(LoudInt(17), 5))
try:
    divmod(Declines(), Declines())
except TypeError as e:
    print(e)
