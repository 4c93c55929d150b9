# Importing a missing module raises ModuleNotFoundError.
try:
    import glasspy_no_such_module
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from glasspy_no_such_module import thing
except ImportError as e:
    print(type(e).__name__ + ":", e)
try:
    from sys import no_such_function
except ImportError as e:
    print("ImportError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
