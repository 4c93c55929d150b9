# Module objects: __name__, __doc__, dir(), vars() and the module's globals.
"""Module docstring of module_attributes."""
import math
import _helper_mod
print(__name__, __doc__)
print(math.__name__, _helper_mod.__doc__)
names = [n for n in dir(_helper_mod) if not n.startswith("__")]
print(sorted(names))
print(vars(_helper_mod)["GREETING"], vars(_helper_mod) is _helper_mod.__dict__)
print(sorted([n for n in dir(math) if n.startswith("is")]))
print(__builtins__ is not None, type(__builtins__).__name__ in ("module", "dict"))
print(__file__.endswith("module_attributes.py"))
