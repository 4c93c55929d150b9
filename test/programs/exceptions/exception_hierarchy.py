# The builtin exception hierarchy, checked with isinstance and issubclass.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (UnboundLocalError, NameError), (ModuleNotFoundError, ImportError),
    (FileNotFoundError, OSError), (Exception, BaseException),
    (KeyboardInterrupt, Exception), (SystemExit, Exception), (StopIteration, Exception),
    (UnicodeDecodeError, ValueError), (AssertionError, Exception), (TypeError, ValueError),
    (bool, int),
]
for sub, sup in pairs:
    print(f"{sub.__name__:20} {sup.__name__:16} {issubclass(sub, sup)}")
try:
    {}[0]
except Exception as e:
    print(isinstance(e, LookupError), isinstance(e, IndexError), isinstance(e, (TypeError, KeyError)))
print(ZeroDivisionError.__mro__)
print(KeyError.__bases__, BaseException.__bases__)
