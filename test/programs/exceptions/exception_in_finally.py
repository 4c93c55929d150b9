# An exception raised in finally replaces the one in flight.
def f():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")
try:
    f()
except KeyError as e:
    print("caught KeyError", e, "context:", repr(e.__context__))
except ValueError:
    print("never")
def g():
    try:
        return "from try"
    finally:
        print("finally runs before the return completes")
print(g())
def h():
    try:
        pass
    finally:
        1 / 0
try:
    h()
except ZeroDivisionError as e:
    print("finally raised:", e)
