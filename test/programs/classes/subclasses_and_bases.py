# __subclasses__(), __bases__, isinstance/issubclass with tuples.
class Vehicle: pass
class Car(Vehicle): pass
class Truck(Vehicle): pass
class SportsCar(Car): pass
class Amphibious(Car, Truck): pass

print([c.__name__ for c in Vehicle.__subclasses__()])
print([c.__name__ for c in Car.__subclasses__()])
print([c.__name__ for c in Amphibious.__bases__])

def all_subclasses(cls):
    result = []
    for sub in cls.__subclasses__():
        if sub not in result:
            result.append(sub)
        for s in all_subclasses(sub):
            if s not in result:
                result.append(s)
    return result

print([c.__name__ for c in all_subclasses(Vehicle)])
a = Amphibious()
print(isinstance(a, (Truck, int)), isinstance(5, (str, Vehicle)))
print(issubclass(SportsCar, (Truck, Car)), issubclass(bool, int))
try:
    issubclass(a, Vehicle)
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance(a, "Car")
except TypeError as e:
    print("TypeError:", e)
