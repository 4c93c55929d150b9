# Non-data descriptors (only __get__) are shadowed by the instance dict; data descriptors are not.
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"

class Data:
    def __get__(self, obj, objtype=None):
        return "from data descriptor"
    def __set__(self, obj, value):
        print("Data.__set__ refused", value)

class C:
    nd = NonData()
    d = Data()

c = C()
print(c.nd, "|", c.d)
c.nd = "instance value"
c.d = "instance value"
print(c.nd, "|", c.d)
c.__dict__["d"] = "forced into dict"
print(c.d, "|", c.__dict__["d"])
print(C.nd, "|", C.d)
del c.nd
print(c.nd)
