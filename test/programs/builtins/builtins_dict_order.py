# The builtins module's dict in CPython 3.11's order (the functions, the constants and types,
# the exceptions as _PyBuiltins_AddExceptions adds them), __import__ among them, and the
# functions that need the interpreter (dir, vars, eval, __import__) bound to builtins like the
# others.
import builtins

known = [
    '__name__', '__doc__', '__package__', '__loader__', '__spec__', '__build_class__',
    '__import__', 'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'compile', 'delattr',
    'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'hex',
    'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next',
    'oct', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', 'None',
    'Ellipsis', 'NotImplemented', 'False', 'True', 'bool', 'memoryview', 'bytearray', 'bytes',
    'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'property',
    'int', 'list', 'map', 'object', 'range', 'reversed', 'set', 'slice', 'staticmethod', 'str',
    'super', 'tuple', 'type', 'zip', '__debug__', 'BaseException', 'Exception', 'GeneratorExit',
    'KeyboardInterrupt', 'SystemExit', 'ArithmeticError', 'AssertionError', 'AttributeError',
    'BufferError', 'EOFError', 'ImportError', 'LookupError', 'MemoryError', 'NameError', 'OSError',
    'ReferenceError', 'RuntimeError', 'StopAsyncIteration', 'StopIteration', 'SyntaxError',
    'SystemError', 'TypeError', 'ValueError', 'Warning', 'FloatingPointError', 'OverflowError',
    'ZeroDivisionError', 'BytesWarning', 'DeprecationWarning', 'EncodingWarning', 'FutureWarning',
    'ImportWarning', 'PendingDeprecationWarning', 'ResourceWarning', 'RuntimeWarning',
    'SyntaxWarning', 'UnicodeWarning', 'UserWarning', 'BlockingIOError', 'ChildProcessError',
    'ConnectionError', 'FileExistsError', 'FileNotFoundError', 'InterruptedError',
    'IsADirectoryError', 'NotADirectoryError', 'PermissionError', 'ProcessLookupError',
    'TimeoutError', 'IndentationError', 'IndexError', 'KeyError', 'ModuleNotFoundError',
    'NotImplementedError', 'RecursionError', 'UnboundLocalError', 'UnicodeError',
    'BrokenPipeError', 'ConnectionAbortedError', 'ConnectionRefusedError', 'ConnectionResetError',
    'TabError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError',
    'EnvironmentError', 'IOError',
]
names = [n for n in vars(builtins) if n in set(known)]
print(names == known)
print([n for n in known if n not in names])
print(__import__("sys").maxsize > 0, __import__("math").pi > 3, __import__("collections", fromlist=["deque"]).__name__)
print(dir.__self__ is builtins, vars.__module__, __import__.__self__ is builtins, eval.__qualname__)
print(builtins.__import__ is __import__, getattr(builtins, "__build_class__").__name__)
