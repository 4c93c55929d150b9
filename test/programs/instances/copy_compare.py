# Copies and comparisons of instance dicts.
import copy
import sys

class C:
    pass

a = C()
a.x = 1
a.y = [1, 2]
b = C()
b.y = [1, 2]
b.x = 1
print(vars(a) == vars(b), vars(a) != vars(b), vars(a) == {"x": 1, "y": [1, 2]})
b.y.append(3)
print(vars(a) == vars(b))

dup = a.__dict__.copy()
print(dup, dup == vars(a), dup is vars(a), sys.getsizeof(dup) == sys.getsizeof(a.__dict__))
dup["x"] = 100
dup["z"] = 0
print(a.x, hasattr(a, "z"), dup)

shallow = copy.copy(a)
print(vars(shallow), shallow.y is a.y)
deep = copy.deepcopy(a)
print(vars(deep), deep.y is a.y, deep.y == a.y)
shallow.x = -1
print(a.x, shallow.x, list(vars(shallow)))

e1 = C()
e2 = C()
print(vars(e1) == vars(e2), vars(e1) == {}, e1.__dict__.copy())
