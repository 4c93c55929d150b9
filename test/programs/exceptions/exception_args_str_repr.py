# args, str() and repr() of exceptions with zero, one and several arguments.
for e in (ValueError(), ValueError("msg"), ValueError("a", 2), ValueError(3),
          KeyError("key"), KeyError(), KeyError("a", "b"), IndexError("i"),
          Exception(None), RuntimeError(""), StopIteration(5), SystemExit(2)):
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
try:
    int("zz")
except ValueError as e:
    print(e.args)
e = OSError(2, "No such file")
print(e.args, e.errno, e.strerror, str(e))
print(StopIteration(7).value, SystemExit(4).code, SystemExit().code)
