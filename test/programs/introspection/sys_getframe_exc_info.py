# sys._getframe and sys.exc_info: the running frames and the exception being handled.
import sys


def where():
    caller = sys._getframe(1)
    return caller.f_code.co_name, caller.f_lineno


def outer():
    return where()


print(outer())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
print(sys._getframe(1) if False else "depth ok")
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError:", e)

print(sys.exc_info())
try:
    {}["missing"]
except KeyError:
    kind, value, tb = sys.exc_info()
    print(kind.__name__, repr(value), tb.tb_lineno, tb.tb_frame.f_code.co_name)
    try:
        int("x")
    except ValueError:
        print(sys.exc_info()[0].__name__)
    # The inner handler is done: the outer exception is the one handled again.
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


def handled_in_callee():
    try:
        raise RuntimeError("inner")
    except RuntimeError:
        return sys.exc_info()[1]


print(repr(handled_in_callee()), sys.exc_info()[0])
