# More Python descriptors: __get__'s arguments, __set__ without __delete__, and a
# decorator class binding methods like functions do.
class GetOnlyCalled:
    def __get__(self, obj, objtype):
        return (obj is None, objtype.__name__)
class Holder:
    g = GetOnlyCalled()
print(Holder.g, Holder().g)

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class H2:
    s = SetOnly()
h = H2()
h.s = 5
print(type(h.s).__name__)
try:
    del h.s
except AttributeError as e:
    print(e)

class Method:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)
class UsesMethod:
    @Method
    def twice(self, x):
        return 2 * x
print(UsesMethod().twice(21), type(UsesMethod.twice).__name__)
