# __abstractmethods__ (what abc sets): the IS_ABSTRACT flag and object.__new__'s refusal.
def abstractmethod(f):
    f.__isabstractmethod__ = True
    return f
class A:
    @abstractmethod
    def g(self): pass
    @abstractmethod
    def f(self): pass
A.__abstractmethods__ = frozenset({'f', 'g'})
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): pass
B.__abstractmethods__ = frozenset({'g'})
try: B()
except TypeError as e: print(e)
print(hex(A.__flags__ & (1 << 20)), sorted(A.__abstractmethods__))
class C: pass
C.__abstractmethods__ = frozenset({'x'})
try: C()
except TypeError as e: print(e)
print(hex(C.__flags__ & (1<<20)))
del C.__abstractmethods__
print(type(C()).__name__, hex(C.__flags__ & (1<<20)))
for t in (type, C, int):
    try: t.__abstractmethods__
    except AttributeError as e: print('AttributeError', e)
C.__abstractmethods__ = ()
print(type(C()).__name__)
