# __new__ runs before __init__: caching instances and customising creation.
class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        if key in cls._cache:
            print("reusing", key)
            return cls._cache[key]
        print("new", key)
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj

    def __init__(self, name):
        print("init", name)
        self.name = name.lower()

red1 = Color("Red")
red2 = Color("RED")
blue = Color("blue")
print(red1 is red2, red1 is blue, red2.name)

class NotAlwaysInit:
    def __new__(cls, flag):
        if flag:
            return super().__new__(cls)
        return "a plain string"

    def __init__(self, flag):
        print("init called with", flag)

print(type(NotAlwaysInit(True)).__name__)
print(NotAlwaysInit(False))
try:
    object.__new__(1)
except TypeError as e:
    print("TypeError:", e)
