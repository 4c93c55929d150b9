# isinstance/issubclass through a metaclass's __instancecheck__/__subclasscheck__, and __class__.
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "anything"
    def __subclasscheck__(cls, sub):
        return sub is int
class Any(metaclass=Meta):
    pass
print(isinstance("anything", Any), isinstance(3, Any), issubclass(int, Any), issubclass(str, Any))
print(isinstance(3, (str, Any)), isinstance("anything", (str, Any)))

class Pretend:
    @property
    def __class__(self):
        return int
print(isinstance(Pretend(), int), isinstance(Pretend(), Pretend), type(Pretend()).__name__)
class Imposter:
    __class__ = str
print(isinstance(Imposter(), str), Imposter().__class__)
