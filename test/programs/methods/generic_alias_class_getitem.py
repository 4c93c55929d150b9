# __class_getitem__ on the builtin containers, and the GenericAlias constructor
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for t in (list, tuple, dict, set, frozenset):
    print(t.__class_getitem__(int), t.__class_getitem__.__doc__)
show(lambda: [].__class_getitem__(int))
show(lambda: list.__class_getitem__())
show(lambda: list.__class_getitem__(int, str))
show(lambda: dict.__class_getitem__((int, str)))
show(lambda: set.__class_getitem__(x=int))
show(lambda: range[int])
show(lambda: str[int])
show(lambda: int[0])
GA = type(list[int])
print(GA.__name__, GA.__module__)
show(lambda: GA(list, int))
show(lambda: GA(list, (int, str)))
show(lambda: GA(dict, ()))
show(lambda: GA(list))
show(lambda: GA(list, int, 3))
show(lambda: GA(list, int, x=1))
show(lambda: GA(list, int) == list[int])
