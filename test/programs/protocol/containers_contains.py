# `in`: __contains__, its fallbacks to iteration and to __getitem__, and the errors.
class Box:
    def __contains__(self, item):
        print("contains", item)
        return item == 3 or []
print(3 in Box(), 4 in Box(), 4 not in Box())

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in Seq(), 5 in Seq(), list(Seq()), [x + 1 for x in Seq()])
class It:
    def __iter__(self):
        return iter("abc")
print("b" in It(), "z" in It())

class NotContainer:
    __contains__ = None
    def __iter__(self):
        return iter([1])
for c in [NotContainer(), object(), 5]:
    try:
        1 in c
    except TypeError as e:
        print(e)
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print(e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print(e)
try:
    len(ReadOnly())
except TypeError as e:
    print(e)
