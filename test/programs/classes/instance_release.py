# Releasing instances: __del__, cycles freed at exit, __class__ assignment, resurrection.
import sys

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __del__(self):
        print("del", self.name)

b = Node("b")
b.children.append(Node("child"))
del b
print("after del b")
class Link:
    pass
c = Link()
c.next = c
c.node = Node("held by a cycle")
del c
print("after del cycle (kept alive by the cycle)")

class Cat:
    def speak(self):
        return "meow"
class Dog:
    def speak(self):
        return "woof"
pet = Cat()
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Dog))
class Slotted:
    __slots__ = ("x",)
for target in (Slotted, int):
    try:
        pet.__class__ = target
    except TypeError as e:
        print("TypeError:", e)

def make():
    class Temp:
        def __del__(self):
            print("del Temp instance")
    return Temp()
t = make()
print(type(t).__qualname__, sys.getrefcount(type(t)) > 1)
del t
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
del r
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared (no second __del__)")
keep = Node("kept until exit")
print("end")
