# Cooperative super() across a diamond: each __init__ and method runs once, in MRO order.
class Root:
    def __init__(self, **kw):
        print("Root", sorted(kw))
        super().__init__()

    def who(self):
        return ["Root"]

class Left(Root):
    def __init__(self, left=None, **kw):
        print("Left", left)
        super().__init__(**kw)

    def who(self):
        return ["Left"] + super().who()

class Right(Root):
    def __init__(self, right=None, **kw):
        print("Right", right)
        super().__init__(**kw)

    def who(self):
        return ["Right"] + super().who()

class Bottom(Left, Right):
    def __init__(self, **kw):
        print("Bottom")
        super().__init__(**kw)

    def who(self):
        return ["Bottom"] + super().who()

print([k.__name__ for k in Bottom.__mro__])
b = Bottom(left=1, right=2, extra=3)
print(b.who())
print(super(Left, b).who(), super(Right, b).who())
print(repr(super(Left, b)).replace("__main__.", ""))

class Mixin:
    def greet(self):
        return "mixin:" + super().greet()

class Greeter:
    def greet(self):
        return "hello"

class Both(Mixin, Greeter):
    pass

print(Both().greet())
try:
    Mixin().greet()
except AttributeError as e:
    print("AttributeError:", e)
