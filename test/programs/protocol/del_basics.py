# __del__: runs when the last reference goes, once per object.
class Res:
    def __init__(self, name):
        self.name = name
        print("open", name)
    def __del__(self):
        print("close", self.name)

r = Res("a")
del r
print("after del a")
r = Res("b")
r = Res("c")
print("rebound")
def scope():
    local = Res("d")
    print("in scope")
scope()
print("after scope")
items = [Res("e"), Res("f")]
items.pop()
print("popped")
items.clear()
print("cleared")

class Sub(Res):
    pass
s = Sub("sub")
del s
print("end")
r = None
