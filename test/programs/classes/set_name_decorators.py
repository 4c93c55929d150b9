# __set_name__, __class_getitem__, implicit staticmethod __new__ and class decorators.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        return self if obj is None else getattr(obj, self.name, None)
    def __set__(self, obj, value):
        setattr(obj, self.name, value)

class Record:
    title = Field()
    year = Field()
print(Record.title.name, Record.year.name)
r = Record()
r.title = "Dune"
print(r.title, r.year, sorted(vars(r)))

class Exploding:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Host:
        bomb = Exploding()
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"
print(Box[int], type(Box.__dict__["__class_getitem__"]).__name__)

def register(cls):
    cls.registered = True
    return cls
def rename(name):
    def deco(cls):
        cls.__name__ = name
        return cls
    return deco
@register
@rename("Shiny")
class Thing:
    pass
print(Thing.__name__, Thing.registered, Thing.__qualname__)

class WithNew:
    def __new__(cls, value):
        obj = super().__new__(cls)
        obj.value = value * 2
        return obj
print(WithNew(4).value, type(WithNew.__dict__["__new__"]).__name__)
