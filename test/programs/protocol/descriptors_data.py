# Descriptors written in Python: a data descriptor (__set__/__delete__) wins over the instance
# dict, a non-data descriptor (__get__ only) loses to it; __get__ sees None through the class.
class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)

class Upper:
    def __get__(self, obj, objtype=None):
        return "computed"

class Record:
    age = Typed("age", int)
    label = Upper()

r = Record()
print(Record.age, r.age)
r.age = 30
print(r.age, r.__dict__)
try:
    r.age = "old"
except TypeError as e:
    print(e)
r.__dict__["age"] = "sneaky"
print(r.age)
del r.age
print(r.age, r.label)
r.label = "instance wins"
print(r.label, Record.label)
del r.label
print(r.label)

