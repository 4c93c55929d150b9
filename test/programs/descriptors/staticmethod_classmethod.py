import sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
def f(*a):
    "fdoc"
    return a
s = staticmethod(f)
print(s.__func__ is f, s.__wrapped__ is f, s.__name__, s.__qualname__, s.__doc__, s.__module__)
print(s(1, 2), s.__get__(1) is f, s.__get__(None, int) is f, sys.getsizeof(s), s.__isabstractmethod__)
c = classmethod(f)
print(c.__func__ is f, c.__name__, c.__get__(None, int)(5), c.__get__(3)(), sys.getsizeof(c))
print(staticmethod(len), classmethod(len).__get__(None, int).__self__)
print(sorted(staticmethod(len).__dict__.items()))
s.extra = 1
print(s.extra, sorted(k for k in s.__dict__ if k != "__annotations__"))
s.__dict__ = {"a": 1}
print(s.__dict__, s.a)
t(lambda: setattr(s, "__dict__", 1))
t(lambda: delattr(s, "__dict__"))
t(lambda: setattr(s, "__func__", 1))
t(lambda: setattr(s, "__isabstractmethod__", 1))
t(lambda: staticmethod())
t(lambda: staticmethod(1, 2))
t(lambda: staticmethod(f=1))
t(lambda: classmethod())
t(lambda: staticmethod(1)(2))
t(lambda: staticmethod.__new__(staticmethod).__get__(1))
t(lambda: classmethod.__new__(classmethod).__get__(1))
print(repr(classmethod.__new__(classmethod)))
f.__isabstractmethod__ = 1
print(staticmethod(f).__isabstractmethod__, classmethod(f).__isabstractmethod__)
p = classmethod(property(lambda cls: cls.__name__))
print(p.__get__(None, int), p.__get__(1.5))
t(lambda: classmethod(1).__get__(None, int))
