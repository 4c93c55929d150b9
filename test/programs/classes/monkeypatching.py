# Adding and replacing methods on a class after creation affects existing instances.
class Dog:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "Woof"

rex = Dog("Rex")
print(rex.speak())

def speak_loudly(self):
    return f"{self.name} says WOOF"

Dog.speak = speak_loudly
print(rex.speak())
Dog.fetch = lambda self, thing="ball": f"{self.name} fetches the {thing}"
print(rex.fetch(), rex.fetch("stick"))
Dog.species = "canis"
print(rex.species)
del Dog.fetch
print(hasattr(rex, "fetch"))
rex.speak = lambda: "instance override"
print(rex.speak(), Dog("Fido").speak())
setattr(Dog, "__str__", lambda self: f"Dog<{self.name}>")
print(str(rex), f"{Dog('Odie')}")
try:
    int.double = lambda self: self * 2
except TypeError as e:
    print("TypeError:", e)
