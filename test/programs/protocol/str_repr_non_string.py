# str() and repr() check what __str__ and __repr__ return, and name the dunder they asked for:
# str() of an object with only a __repr__ calls that __repr__ directly, so a non-str result is
# "__str__ returned non-string". Calling the dunders themselves checks nothing.
class ReprInt:
    __repr__ = lambda self: 1


class StrInt:
    def __str__(self):
        return 2

    def __repr__(self):
        return "StrInt()"


print(object.__str__(ReprInt()), ReprInt.__repr__(ReprInt()), StrInt().__str__())
for f in (str, repr, format, lambda o: "%s" % o, lambda o: f"{o}", lambda o: "{}".format(o), lambda o: "%r" % (o,)):
    for o in (ReprInt(), StrInt()):
        try:
            print(f(o))
        except TypeError as e:
            print(e)


class Sub(str):
    pass


class ReprSub:
    def __repr__(self):
        return Sub("sub")


print(type(repr(ReprSub())).__name__, type(str(ReprSub())).__name__, str(ReprSub()))
