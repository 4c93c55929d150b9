# An exception in __del__ is printed as "Exception ignored in" and does not propagate;
# __del__ runs with the exception being handled set aside.
class Finaliser:
    # A callable descriptor, so that "Exception ignored in" names it without an address.
    def __get__(self, obj, objtype=None):
        return self
    def __call__(self):
        raise ValueError("oops in del")
    def __repr__(self):
        return "<Finaliser>"
class Bad:
    __del__ = Finaliser()
b = Bad()
del b
print("still running")

class Counter:
    count = 0
    def __del__(self):
        Counter.count += 1
for _ in range(5):
    Counter()
print(Counter.count)

class Keeps:
    def __del__(self):
        try:
            raise KeyError("handled inside")
        except KeyError:
            print("handled in __del__")
k = Keeps()
try:
    try:
        raise RuntimeError("outer")
    except RuntimeError:
        del k
        raise
except Exception as e:
    print("outer still", repr(e), repr(e.__context__))
print("end")
