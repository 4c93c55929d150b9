# Sites that see __slots__, descriptors and instance values of different classes in turn.
class Slots:
    __slots__ = ("x", "y")

    def __init__(self):
        self.x = "slot x"
        self.y = "slot y"


class Plain:
    def __init__(self):
        self.x = "plain x"
        self.y = "plain y"


class Prop:
    @property
    def x(self):
        return "property x"

    def __init__(self):
        self.y = "prop y"


class Described:
    class Desc:
        def __get__(self, obj, owner=None):
            return "non-data x"

    x = Desc()

    def __init__(self, own):
        self.y = "described y"
        if own:
            self.x = "instance x over non-data"


def show(o):
    return o.x, o.y


objects = [Slots(), Plain(), Prop(), Described(False), Described(True)]
for _ in range(2):
    for o in objects:
        print(type(o).__name__, show(o))

s = Slots()
del s.x
try:
    show(s)
except AttributeError as e:
    print("AttributeError", e)
Plain.y = property(lambda self: "y became a property")
print(show(objects[1]))
try:
    Plain()
except AttributeError as e:
    print("AttributeError", e)
