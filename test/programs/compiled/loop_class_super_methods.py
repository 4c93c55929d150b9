# LOAD_METHOD on a class (`Base.method(self, x)`) and on a super object (`super().method(x)`)
# in hot loops and function bodies: the function found on the class's MRO, called unbound,
# while the class and its MRO stay the same; a method replaced on the class, or on a base,
# is seen at once; a metaclass, a classmethod, a staticmethod and a data descriptor on the
# metaclass each take the general path; super() binds to the instance, and the super object
# and the class keep their reference counts.
import gc
import sys


class Base:
    def __init__(self, name):
        self.name = name

    def size(self, k):
        return k + 1

    @classmethod
    def make(cls, k):
        return cls.__name__, k

    @staticmethod
    def double(k):
        return 2 * k


class Child(Base):
    def __init__(self, w):
        Base.__init__(self, "child")
        self.w = w

    def size(self, k):
        return super().size(k) * 10


class Other(Base):
    def __init__(self, w):
        super().__init__("other")
        self.w = w


def class_owner(n):
    total = 0
    for i in range(n):
        total += Base.size(None, i)
        total += Base.double(i)
        total += Base.make(i)[1]
    return total


print(class_owner(3000))


def replaced_midway(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            Base.size = lambda self, k: k - 1
        total += Base.size(None, i)
    return total


original_size = Base.__dict__["size"]
print(replaced_midway(3000))
Base.size = original_size


def base_replaced_midway(n):
    total = 0
    for i in range(n):
        if i == n // 3:
            Base.size = lambda self, k: 1000
        total += Child.size(Child(i), i)
    return total


print(base_replaced_midway(3000))
Base.size = original_size


def constructed(n):
    names = []
    for i in range(n):
        c = Child(i) if i % 2 else Other(i)
        names.append(c.name)
    return names.count("child"), names.count("other")


print(constructed(3000))
print(sys.getrefcount(Base), sys.getrefcount(Child), sys.getrefcount(Other))


class Meta(type):
    def size(cls, k):
        return -k


class WithMeta(metaclass=Meta):
    def size(self, k):
        return k


class DataMeta(type):
    @property
    def size(cls):
        return lambda k: k * 100


class WithDataMeta(metaclass=DataMeta):
    def size(self, k):
        return k


def metaclasses(n):
    total = 0
    for i in range(n):
        total += WithMeta.size(None, i)
        total += WithDataMeta.size(i)
    return total


print(metaclasses(3000))


def super_in_loop(n):
    c = Child(0)
    total = 0
    for i in range(n):
        total += c.size(i)
    return total


print(super_in_loop(3000))


class Counted(Base):
    def size(self, k):
        before = sys.getrefcount(self)
        r = super().size(k)
        return r + sys.getrefcount(self) - before


def super_refcounts(n):
    c = Counted("x")
    total = 0
    for i in range(n):
        total += c.size(i)
    return total, sys.getrefcount(c)


print(super_refcounts(3000))


def gc_collections(n):
    # super() makes a super object and binds a method, each counted by the collector as an
    # allocation and uncounted when freed: with a threshold of 3, some calls start a collection.
    c = Child(1)
    gc.collect()
    threshold = gc.get_threshold()
    before = gc.get_stats()[0]["collections"]
    gc.set_threshold(3)
    kept = []
    for i in range(n):
        c.size(i)
        if i % 3 == 0:
            kept.append([i])
    gc.set_threshold(*threshold)
    return gc.get_stats()[0]["collections"] - before


print(gc_collections(500))


class Swapped(Base):
    def size(self, k):
        return super().size(k)


def class_cell_changes(n):
    s = Swapped("s")
    total = 0
    for i in range(n):
        if i == n // 2:
            Base.size = lambda self, k: 7
        total += s.size(i)
    return total


print(class_cell_changes(3000))
Base.size = original_size


def unbound_errors(n):
    caught = 0
    for i in range(n):
        try:
            Base.size()
        except TypeError as e:
            caught += 1
            message = str(e)
    return caught, message


print(unbound_errors(1000))
