# staticmethod and classmethod: calling through the class, the instance and subclasses.
class Temperature:
    unit = "C"

    def __init__(self, degrees):
        self.degrees = degrees

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"

class Kelvinish(Temperature):
    unit = "K"

t = Temperature.from_fahrenheit(212)
print(type(t).__name__, t.degrees)
print(Temperature.c_to_f(100), t.c_to_f(-40))
k = Kelvinish.from_fahrenheit(32)
print(type(k).__name__, k.degrees)
print(Temperature.describe(), Kelvinish.describe(), k.describe())
sm = Temperature.__dict__["c_to_f"]
cm = Temperature.__dict__["from_fahrenheit"]
print(type(sm).__name__, type(cm).__name__)
print(sm.__func__(10), cm.__func__(Temperature, 50).degrees)
bound = Kelvinish.from_fahrenheit
print(bound.__self__ is Kelvinish, bound.__func__ is cm.__func__)
