# Class patterns: an attribute that raises AttributeError does not match, other exceptions
# propagate, and the TypeErrors MATCH_CLASS raises.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Prop:
    @property
    def missing(self):
        raise AttributeError("computed")

    @property
    def broken(self):
        raise KeyError("boom")


match Prop():
    case Prop(missing=m):
        print("no")
    case Prop():
        print("an AttributeError means no match")


try:
    match Prop():
        case Prop(broken=b):
            print("no")
except KeyError as e:
    print("KeyError propagates:", e)

not_a_type = len
try:
    match 1:
        case not_a_type():
            pass
except TypeError as e:
    print(e)

try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print(e)


class NoArgs:
    pass


try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(e)

try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print(e)


class BadArgs:
    __match_args__ = ["x"]


try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(e)


class BadNames:
    __match_args__ = (1,)


try:
    match BadNames():
        case BadNames(1):
            pass
except TypeError as e:
    print(e)

try:
    match Point(1, 2):
        case Point(1, x=1):
            pass
except TypeError as e:
    print(e)
