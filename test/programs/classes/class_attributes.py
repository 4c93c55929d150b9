# Class attributes: __annotations__, __module__/__name__/__qualname__/__doc__ setters, __hash__ = None, dir and vars.
import sys
class C:
    x: int = 3
    y: str
print(C.__annotations__, C.__dict__['__annotations__'])
class D: pass
print(D.__annotations__, '__annotations__' in D.__dict__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(D).keys()), dir(D) == sorted(dir(D)), 'mro' in dir(type), 'mro' in dir(D))
print(D.__module__, D.__dict__['__module__'])
D.__module__ = 'elsewhere'
print(D, repr(D()).startswith('<elsewhere.D object at'))
try:
    D.__module__ = 5; print(D.__module__)
except TypeError as e:
    print("TypeError:", e)
try:
    del D.__name__
except TypeError as e:
    print("TypeError:", e)
try:
    int.__doc__ = 'x'
except TypeError as e:
    print("TypeError:", e)
try:
    D.__qualname__ = 5
except TypeError as e:
    print("TypeError:", e)
class E:
    def __eq__(self, o): return True
print(E.__hash__, hash(D()) is not None)
try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)
class F(E):
    __hash__ = object.__hash__
print(type(hash(F())).__name__)
print(sys.getsizeof(D) > 900, type.__sizeof__(D) >= 904, type.__sizeof__(int))
print(type(D.__dict__).__name__, D.__dict__['__module__'])
class G:
    def __init__(self): return 5
try:
    G()
except TypeError as e:
    print("TypeError:", e)
print(D.__init_subclass__(), D.__subclasshook__(int))
class H(D): pass
print(D.__subclasses__(), H.__subclasses__(), isinstance(H, type), issubclass(type(H), type))
print(type(int).__name__, type.__base__, type.__mro__)
