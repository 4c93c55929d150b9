# __index__ lets objects be used as sequence indexes, in slices, bin() and range().
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

letters = "abcdefgh"
print(letters[Idx(2)], letters[Idx(1):Idx(5)], letters[::Idx(3)])
print(list(range(Idx(4))), bin(Idx(10)), hex(Idx(255)), oct(Idx(8)))
print([0, 1, 2, 3][Idx(-1)], "ab" * Idx(3), [Idx(1).n] * Idx(2))
print(int.from_bytes(bytes([Idx(1), Idx(2)]), "big"))
print(operator_index := Idx(7).__index__())

class Bad:
    def __index__(self):
        return "nope"
try:
    [1, 2][Bad()]
except TypeError as e:
    print("TypeError:", e)

class NoIndex:
    pass
try:
    "abc"[NoIndex()]
except TypeError as e:
    print("TypeError:", e)
try:
    range(NoIndex())
except TypeError as e:
    print("TypeError:", e)
