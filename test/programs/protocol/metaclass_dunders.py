# Dunders on a metaclass act on its classes: calling, indexing, len, iteration,
# repr, comparison, attribute hooks and operators applied to the class object itself.
class Meta(type):
    def __call__(cls, *args, **kw):
        print("Meta.__call__", cls.__name__, args, kw)
        return super().__call__(*args, **kw)
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"
    def __len__(cls):
        return len(cls.__name__)
    def __iter__(cls):
        return iter(cls.__name__.lower())
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
    def __lt__(cls, other):
        return cls.__name__ < other.__name__
    def __getattr__(cls, name):
        return f"Meta fallback {name}"
    def __or__(cls, other):
        return ("union", cls.__name__, other.__name__)
    def __contains__(cls, item):
        return item == "member"

class Alpha(metaclass=Meta):
    def __init__(self, x=0):
        self.x = x
class Beta(Alpha):
    pass

print(Alpha(3).x, Beta().x)
print(Alpha[int], Beta["k"], len(Alpha), list(Beta), repr(Alpha), [Beta])
print(Alpha < Beta, sorted([Beta, Alpha]), Alpha.missing, Alpha | Beta)
print("member" in Alpha, "other" in Beta, bool(Alpha))
print(type(Alpha).__name__, isinstance(Alpha, Meta), Alpha.__name__)
try:
    Alpha + 1
except TypeError as e:
    print(e)
try:
    int < Alpha
except TypeError as e:
    print(e)

class Counted(type):
    instances = 0
    def __call__(cls, *a):
        Counted.instances += 1
        return super().__call__(*a)
class Thing(metaclass=Counted):
    pass
things = [Thing() for _ in range(4)]
print(Counted.instances, type(things[0]).__name__)
