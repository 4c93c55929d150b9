# getattr, setattr, hasattr and delattr on modules.
import math
import sys
print(getattr(math, "pi"), getattr(math, "missing", "default"), hasattr(math, "sqrt"), hasattr(math, "nope"))
setattr(sys, "glasspy_flag", 123)
print(sys.glasspy_flag, getattr(sys, "glasspy_flag"), hasattr(sys, "glasspy_flag"))
delattr(sys, "glasspy_flag")
print(hasattr(sys, "glasspy_flag"))
try:
    getattr(math, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(sys, "glasspy_flag")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(math, 5)
except TypeError as e:
    print("TypeError:", e)
fn = getattr(math, "floor")
print(fn(2.7), getattr("abc", "upper")(), getattr([], "append") is not None)
