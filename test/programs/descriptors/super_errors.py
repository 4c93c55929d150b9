# super() errors: missing __class__ cell, empty cell, no arguments, deleted first argument.
def attempt(f, *args):
    try:
        print(f(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def outside(self):
    return super()

attempt(outside, 1)

class C:
    def m(self):
        return super()

    @staticmethod
    def no_args():
        return super()

    def deleted(self):
        del self
        return super()

    def early(self):
        return super().__repr__

    try:
        early(1)
    except RuntimeError as e:
        print("in class body:", e)

    def wrong_obj(self):
        return super(C, 42)

print(repr(C().m()).replace("__main__.", ""))
attempt(C.no_args)
attempt(C().deleted)
attempt(C.m, 5)
attempt(C().wrong_obj)
attempt(lambda: super(C, int))
attempt(lambda: super(C, C))

class D(C):
    def cls_super(cls):
        return super()
    cls_super = classmethod(cls_super)

print(repr(D.cls_super()).replace("__main__.", ""))
