# The name bound by "except ... as e" is deleted when the handler ends.
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
saved = None
try:
    raise KeyError("kept")
except KeyError as exc:
    saved = exc
print("saved survives:", repr(saved))
def f():
    try:
        1 / 0
    except ZeroDivisionError as problem:
        pass
    return "problem" in locals()
print(f())
