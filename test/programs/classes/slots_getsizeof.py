# sys.getsizeof of instances: plain, empty slots, one and two slots.
import sys

class Plain:
    pass

class NoSlots:
    __slots__ = ()

class One:
    __slots__ = ("a",)

class Two:
    __slots__ = ("a", "b")

class Three:
    __slots__ = ("a", "b", "c")

class WithDict:
    __slots__ = ("a", "__dict__")

for cls in (Plain, NoSlots, One, Two, Three, WithDict):
    print(cls.__name__, sys.getsizeof(cls()), cls.__basicsize__)

p = Plain()
p.x = 1
p.y = 2
print("Plain with attributes", sys.getsizeof(p))
print(sys.getsizeof(object()), object.__basicsize__)
print(Plain.__itemsize__, Two.__itemsize__)
