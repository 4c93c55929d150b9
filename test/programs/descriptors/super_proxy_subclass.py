# super() with objects that claim another __class__, and subclasses of super.
class Base:
    def hi(self):
        return "Base.hi"
class Kid(Base):
    def hi(self):
        return "Kid.hi"
class Proxy:
    @property
    def __class__(self):
        return Kid
p = Proxy()
print(isinstance(p, Kid), super(Kid, p).hi(), repr(super(Kid, p)).replace("__main__.", ""))
class Bad:
    @property
    def __class__(self):
        raise AttributeError("nope")
try:
    super(Kid, Bad())
except TypeError as e:
    print(e)
class Worse:
    @property
    def __class__(self):
        raise KeyError("k")
try:
    super(Kid, Worse())
except KeyError as e:
    print("KeyError", e)
class MySuper(super):
    def __init__(self, *args):
        print("MySuper init", len(args))
        super().__init__(*args)
ms = MySuper(Kid)
b = ms.__get__(Kid())
print(type(b).__name__, b.hi())
print(MySuper(Kid, Kid()).hi())
