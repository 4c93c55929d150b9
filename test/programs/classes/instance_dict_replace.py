# The instance __dict__: vars(), direct manipulation and replacing it.
class Bag:
    kind = "bag"

    def __init__(self):
        self.a = 1

b = Bag()
print(b.__dict__, vars(b) is b.__dict__)
b.__dict__["b"] = 2
print(b.b)
b.c = 3
print(list(b.__dict__.items()))
del b.__dict__["a"]
print(hasattr(b, "a"))
b.__dict__ = {"fresh": True}
print(b.fresh, vars(b))
try:
    b.__dict__ = [1, 2]
except TypeError as e:
    print("TypeError:", e)
print(type(Bag.__dict__).__name__)
print("kind" in Bag.__dict__, Bag.__dict__["kind"])
try:
    Bag.__dict__["kind"] = "box"
except TypeError as e:
    print("TypeError:", e)
setattr(Bag, "kind", "box")
print(b.kind)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
