# WeakMethod: a weak reference to a bound method, dead when its object dies.
import weakref

class Greeter:
    def __init__(self, name):
        self.name = name
    def hello(self):
        return "hello from " + self.name

g = Greeter("g")
wm = weakref.WeakMethod(g.hello, lambda w: print("method died", w() is None))
print(wm()(), wm() == g.hello, wm() is not g.hello)
print(wm == weakref.WeakMethod(g.hello), hash(wm) == hash(weakref.WeakMethod(g.hello)))
plain = weakref.ref(g.hello)
print(plain())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)
del g
print(wm())
