# property() built by calling it, and getter/setter/deleter producing copies.
class Celsius:
    def __init__(self, value):
        self._value = value

    def get_value(self):
        print("get")
        return self._value

    def set_value(self, v):
        print("set", v)
        self._value = v

    value = property(get_value, set_value, doc="temperature in C")
    fahrenheit = property(lambda self: self._value * 9 / 5 + 32)

c = Celsius(20)
print(c.value)
c.value = 25
print(c.fahrenheit)
print(Celsius.value.__doc__)
base = property(lambda self: 1)
with_setter = base.setter(lambda self, v: None)
print(base is with_setter, base.fset is None, with_setter.fset is not None)
class Sub(Celsius):
    @Celsius.value.getter
    def value(self):
        return self._value * 100
s = Sub(3)
print(s.value)
s.value = 4
print(s.value)
