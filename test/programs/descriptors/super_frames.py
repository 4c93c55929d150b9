# Zero-argument super() from generators, closures, lambdas, comprehensions and odd signatures.
def attempt(f):
    try:
        print(f())
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__ + ":", e)

class Base:
    def hello(self):
        return "base hello"
    @classmethod
    def cm(cls):
        return "base cm " + cls.__name__
    @staticmethod
    def sm():
        return "base sm"

class Kid(Base):
    def gen(self):
        yield super().hello()
        yield super().cm()
        yield super().sm()
    def nested(self):
        def inner():
            return super().hello()
        return inner()
    def lam(self):
        return (lambda: super().hello())()
    def comp(self):
        return [super().hello() for _ in range(1)]
    def captured(self):
        f = lambda: self
        return super().hello(), f() is self
    def args_only(*args):
        return super().hello()
    def kwonly(self, *, k=1):
        return super().hello()
    @classmethod
    def cm(cls):
        return "kid+" + super().cm()
    def reassigned(self):
        self = 5
        return super().hello()
    def cls_ref(self):
        return __class__.__name__

k = Kid()
print(list(k.gen()))
attempt(k.nested)
attempt(k.lam)
attempt(k.comp)
print(k.captured(), k.kwonly(), Kid.cm(), k.cm(), k.cls_ref())
attempt(k.args_only)
attempt(k.reassigned)
print(super(Kid, k).cm(), super(Kid, Kid).cm(), super(Kid, k).sm(), super(Kid, Kid).hello(k))
print(type(super(Kid, k).hello).__name__, type(super(Kid, Kid).hello).__name__)
