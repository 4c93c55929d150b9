# A bare raise re-raises the exception being handled.
def inner():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise

try:
    inner()
except ValueError as e:
    print("outer caught:", e)
def reraise_after_other():
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise TypeError("t")
        except TypeError:
            pass
        raise
try:
    reraise_after_other()
except KeyError as e:
    print("still the KeyError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
