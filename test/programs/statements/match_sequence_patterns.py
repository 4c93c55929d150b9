# Sequence patterns: which types count as sequences, items fetched by index from the end when
# there is a `*_` (len() then subscripts), unpacking otherwise, nesting and guards.
import collections


class LoudList(list):
    def __getitem__(self, index):
        print("  getitem", index)
        return super().__getitem__(index)

    def __len__(self):
        print("  len")
        return super().__len__()


match LoudList([1, 2, 3, 4, 5]):
    case [first, *_, before_last, last]:
        print("by index:", first, before_last, last)

match LoudList([1, 2, 3]):
    case [a, *rest]:
        print("unpacked:", a, rest)

match collections.deque([1, 2, 3]):
    case [1, *tail]:
        print("deque is a sequence:", tail)

match range(10):
    case [0, 1, *_, 9]:
        print("range is a sequence")

match memoryview(b"ab"):
    case [x, y]:
        print("memoryview items", x, y)

for subject in [(i for i in range(2)), {1, 2}, {"a": 1}, "ab"]:
    match subject:
        case [_, _]:
            print("no")
        case _:
            print(type(subject).__name__, "is not a sequence")

match [1, [2, [3, [4]]]]:
    case [a, [b, [c, [d]]]]:
        print("nested", a + b + c + d)

match (1, 2, 3):
    case (1, *middle, 3) if middle:
        print("middle", middle)
