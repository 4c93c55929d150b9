# operator.index() and slice.indices() take an index as an exact int (PyNumber_Index):
# a bool or an int subclass gives a plain int.
import operator
class MyInt(int):
    pass
for v in [True, False, MyInt(7), 5]:
    r = operator.index(v)
    print(repr(r), type(r).__name__)
print(slice(1, 5, 2).indices(True), slice(None).indices(MyInt(3)), [type(x).__name__ for x in slice(None).indices(MyInt(3))])
