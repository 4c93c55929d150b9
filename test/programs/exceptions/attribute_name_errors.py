# AttributeError and NameError messages.
import math
def show(f):
    try:
        f()
    except (AttributeError, NameError) as e:
        print(f"{type(e).__name__}: {e}")

show(lambda: math.nonexistent)
show(lambda: (1).foo)
show(lambda: [].push)
show(lambda: "s".nope)
show(lambda: None.x)
show(lambda: undefined_variable)
show(lambda: len.__nothing__)
def setter():
    (5).attr = 1
show(setter)
def builtin_setter():
    [].append = None
show(builtin_setter)
try:
    del math.nonexistent
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(some_name)
except NameError as e:
    print(type(e).__name__, e.args, e.name)
