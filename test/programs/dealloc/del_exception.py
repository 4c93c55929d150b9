# An exception in __del__ is reported on stderr ("Exception ignored in: ...") and swallowed;
# the program goes on. (__del__ is reached through a descriptor here so that the object the
# report names has a fixed repr instead of an address.)
class BoundDel:
    def __init__(self, obj):
        self.obj = obj
    def __repr__(self):
        return "<__del__ of %s>" % self.obj.name
    def __call__(self):
        print("finalizing", self.obj.name)
        raise RuntimeError("cannot finalize " + self.obj.name)

class DelDescriptor:
    def __get__(self, obj, cls):
        return BoundDel(obj)

class D:
    __del__ = DelDescriptor()
    def __init__(self, name):
        self.name = name

class Quiet:
    def __del__(self):
        print("Quiet.__del__ runs")

d = D("d1")
del d
print("after del d1")
lst = [D("d2"), Quiet(), D("d3")]
lst.clear()
print("after clear")
def scope():
    local = D("local")
    return 42
print(scope())
print("end")
