# How "Exception ignored in" reports look (CPython's default unraisablehook):
# - the exception's own traceback only, never its __context__ chain;
# - an exception raised before any Python frame ran (a wrong call) gets the current frame.
class Fixed:
    def __repr__(self):
        return "<fixed>"
    def __call__(self, wr):
        raise ValueError("in callback")

import weakref
class C:
    pass
c = C()
r = weakref.ref(c, Fixed())
try:
    raise KeyError("being handled")
except KeyError:
    del c
print("context not printed")
r2 = weakref.ref(C(), len)
print("frame added")
