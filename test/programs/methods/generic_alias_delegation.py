# A GenericAlias forwards attribute lookups and calls to its origin
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: list[int].append is list.append)
show(lambda: list[int].__name__)
show(lambda: list[int].__qualname__)
show(lambda: list[int].__module__)
show(lambda: list[int].__doc__ == list.__doc__)
show(lambda: list[int].__class__)
show(lambda: list[int].foo)
show(lambda: list[int].__copy__)
show(lambda: list[int]("abc"))
show(lambda: list[int]())
show(lambda: dict[str, int](a=1, b=2))
show(lambda: tuple[int, int]([1, 2]))
show(lambda: frozenset[int]([3, 3]))
show(lambda: list[int][str])
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
show(lambda: isinstance(list[int], type))
names = dir(list[int])
print("__origin__" in names, "append" in names, names == sorted(names))
a = list[int]
try:
    a.foo = 1
except AttributeError as e:
    print("AttributeError:", e)
