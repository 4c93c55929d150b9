# __name__, __qualname__ and __module__ of classes, nested classes and methods.
class Outer:
    """Outer docs."""

    class Inner:
        class Deepest:
            def method(self):
                pass

    def method(self):
        def local():
            pass
        return local

    @staticmethod
    def smethod():
        pass

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__)
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.smethod.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__)

def factory():
    class Made:
        pass
    return Made

M = factory()
print(M.__name__, M.__qualname__)
print(Outer().__class__.__name__, type(Outer.Inner()).__qualname__)
print(int.__module__, type(None).__name__, type(len).__qualname__)
