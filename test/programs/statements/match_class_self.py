# Class patterns of the builtin types that match the subject itself (bool, int, float, str,
# bytes, list, tuple, dict, set, frozenset, bytearray, and their subclasses), and isinstance
# through a metaclass's __instancecheck__.
class MyInt(int):
    pass


for v in [5, MyInt(6), True, 2.5, "s", b"b", [1], (1,), {1: 2}, {3}, frozenset({4}), bytearray(b"x")]:
    match v:
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i, type(i).__name__)
        case float(f) | str(f) | bytes(f):
            print("float/str/bytes", f)
        case list(l) | tuple(l):
            print("list/tuple", l)
        case dict(d) | set(d) | frozenset(d) | bytearray(d):
            print("other builtin", type(d).__name__)


class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return isinstance(obj, int)


class Anything(metaclass=Meta):
    pass


match 3:
    case Anything():
        print("matched through __instancecheck__")
